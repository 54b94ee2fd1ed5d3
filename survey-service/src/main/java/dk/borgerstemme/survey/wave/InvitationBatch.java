package dk.borgerstemme.survey.wave;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Single-use codes made at once for one unit and respondent role of a wave, kept to print the letters again. */
@MappedEntity("invitation_batch")
public record InvitationBatch(@Id @GeneratedValue Long id, Long waveId, String unit, String role, int size, LocalDate createdOn) {

    @JdbcRepository(dialect = Dialect.MYSQL)
    public interface Repository extends CrudRepository<InvitationBatch, Long> {

        List<InvitationBatch> findByWaveIdOrderByIdDesc(Long waveId);

        Optional<InvitationBatch> findByIdAndWaveId(Long id, Long waveId);

        @Query("INSERT INTO invitation_batch_code (batch_id, code) VALUES (:batch, :code)")
        void addCode(Long batch, String code);
    }
}
