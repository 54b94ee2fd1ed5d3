package dk.borgerstemme.complaint.casefile;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Optional;

/**
 * Cases. {@code update} is optimistic: it fails with
 * {@link io.micronaut.data.exceptions.OptimisticLockException} when the case changed since it was read.
 */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface ComplaintCaseRepository extends CrudRepository<ComplaintCase, Long> {

    Optional<ComplaintCase> findByOrganisationAndReference(String organisation, String reference);

    Optional<ComplaintCase> findByOrganisationAndSubmissionKey(String organisation, String submissionKey);
}
