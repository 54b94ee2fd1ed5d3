package dk.borgerstemme.complaint.casefile;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;

/** Messages are written once and never changed. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface CaseMessageRepository extends GenericRepository<CaseMessage, Long> {

    CaseMessage save(CaseMessage message);

    List<CaseMessage> findByCaseIdOrderByWrittenAt(long caseId);

    List<CaseMessage> findByCaseIdAndKindInListOrderByWrittenAt(long caseId, List<MessageKind> kinds);
}
