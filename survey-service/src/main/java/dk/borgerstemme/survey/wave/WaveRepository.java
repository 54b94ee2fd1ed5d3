package dk.borgerstemme.survey.wave;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface WaveRepository extends CrudRepository<Wave, Long> {

    @Query("SELECT * FROM wave WHERE organisation = :organisation ORDER BY opens_on DESC, id DESC")
    List<Wave> newestFirst(String organisation);

    Optional<Wave> findByIdAndOrganisation(Long id, String organisation);

    /** Closes the wave unless it is closed already; one row changed means this call closed it. */
    @Query("UPDATE wave SET closed_on = :day, version = version + 1 WHERE id = :id AND closed_on IS NULL")
    int close(Long id, LocalDate day);
}
