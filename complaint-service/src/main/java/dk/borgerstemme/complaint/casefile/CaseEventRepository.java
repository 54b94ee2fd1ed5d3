package dk.borgerstemme.complaint.casefile;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;

/** The audit trail is append-only: this repository can add and read events, nothing else. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface CaseEventRepository extends GenericRepository<CaseEvent, Long> {

    CaseEvent save(CaseEvent event);

    List<CaseEvent> findByCaseIdOrderById(long caseId);
}
