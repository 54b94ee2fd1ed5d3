package dk.borgerstemme.complaint.casefile;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface CaseDeadlineRepository extends CrudRepository<CaseDeadline, Long> {

    List<CaseDeadline> findByCaseIdOrderByDueOn(long caseId);

    Optional<CaseDeadline> findByCaseIdAndKind(long caseId, DeadlineKind kind);
}
