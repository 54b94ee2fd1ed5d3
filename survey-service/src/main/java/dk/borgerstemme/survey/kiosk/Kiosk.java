package dk.borgerstemme.survey.kiosk;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.HexFormat;

/** A unit's kiosk link for a wave. */
@MappedEntity("kiosk")
public record Kiosk(@Id String token, Long waveId, String unit, String role, LocalDate createdOn) {

    private static final SecureRandom RANDOM = new SecureRandom();

    public static String newToken() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    @Override
    public String toString() {
        return "Kiosk[wave=" + waveId + ", unit=" + unit + "]";
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    public interface Repository extends CrudRepository<Kiosk, String> {

        java.util.Optional<Kiosk> findByWaveIdAndUnitAndRole(Long waveId, String unit, String role);
    }
}
