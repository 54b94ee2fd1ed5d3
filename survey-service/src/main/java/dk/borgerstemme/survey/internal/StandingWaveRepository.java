package dk.borgerstemme.survey.internal;

import dk.borgerstemme.survey.wave.Wave;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.Optional;

/** Which wave fields a survey for the internal API in a period. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface StandingWaveRepository extends GenericRepository<Wave, Long> {

    @Query("SELECT wave_id FROM standing_wave WHERE organisation = :organisation AND survey_slug = :slug AND period = :period")
    Optional<Long> waveOf(String organisation, String slug, String period);

    @Query("INSERT INTO standing_wave (organisation, survey_slug, period, wave_id) VALUES (:organisation, :slug, :period, :wave)")
    void add(String organisation, String slug, String period, Long wave);
}
