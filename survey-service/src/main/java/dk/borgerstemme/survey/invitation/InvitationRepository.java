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

    /**
     * The invitation with this code, its wave and the answers saved with it to finish later, in one
     * statement: what {@link CodeCheck} and the answering pages need on every page.
     */
    @Query("""
        SELECT i.code, i.wave_id, i.unit, i.role, i.issued_on, i.used, i.requested_by, i.request_key,
               w.organisation, w.survey_version_id, w.name, w.opens_on, w.closes_on, w.closed_on, w.version,
               s.answers AS saved_answers
        FROM invitation i JOIN wave w ON w.id = i.wave_id LEFT JOIN saved_answers s ON s.code = i.code
        WHERE i.code = :code""")
    Optional<InvitationAndWave> findWithWave(String code);

    long countByWaveId(Long waveId);

    /** The invitation another service asked for with this key, if it did. */
    Optional<Invitation> findByRequestedByAndRequestKey(String requestedBy, String requestKey);
}
