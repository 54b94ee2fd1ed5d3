package dk.borgerstemme.survey.wave;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;

/** The units and respondent roles a wave is fielded for. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface WaveScope extends GenericRepository<Wave, Long> {

    @Query("INSERT INTO wave_unit (wave_id, unit) VALUES (:wave, :unit)")
    void addUnit(Long wave, String unit);

    @Query("INSERT INTO wave_role (wave_id, role) VALUES (:wave, :role)")
    void addRole(Long wave, String role);

    /** Adds the unit unless the wave has it already. */
    @Query("INSERT IGNORE INTO wave_unit (wave_id, unit) VALUES (:wave, :unit)")
    void ensureUnit(Long wave, String unit);

    @Query("SELECT unit FROM wave_unit WHERE wave_id = :wave ORDER BY unit")
    List<String> units(Long wave);

    @Query("SELECT role FROM wave_role WHERE wave_id = :wave ORDER BY role")
    List<String> roles(Long wave);
}
