package dk.borgerstemme.survey.invitation;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface InvitationRepository extends CrudRepository<Invitation, String> {

    /**
     * Marks the invitation used if nobody has: one row changed means this caller won the code, none
     * means it was already used. The database decides, so two submits at once cannot both win.
     */
    @Query("UPDATE invitation SET used = TRUE WHERE code = :code AND used = FALSE")
    int claim(String code);

    long countByWaveId(Long waveId);

    /** The invitation another service asked for with this key, if it did. */
    Optional<Invitation> findByRequestedByAndRequestKey(String requestedBy, String requestKey);
}
