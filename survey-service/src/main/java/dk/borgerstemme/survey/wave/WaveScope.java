package dk.borgerstemme.survey.wave;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

/** The units and respondent roles a wave is fielded for. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface WaveScope extends GenericRepository<Wave, Long> {

    @Query("INSERT INTO wave_unit (wave_id, unit) VALUES (:wave, :unit)")
    void addUnit(Long wave, String unit);

    @Query("INSERT INTO wave_role (wave_id, role) VALUES (:wave, :role)")
    void addRole(Long wave, String role);
}
