package dk.borgerstemme.survey.results;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The stored answers and invitations of a wave, as the results need them. */
@Singleton
class AnswerRows {

    /** One scale answer with the groups its response belongs to. */
    record Row(String unit, String role, String answeredHow, String questionKey, String value) {
    }

    private final JdbcOperations jdbc;

    AnswerRows(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    List<Row> scaleAnswers(long waveId) {
        return jdbc.prepareStatement("""
                SELECT r.unit, r.role, r.answered_how, a.question_key, a.step, a.dont_know
                FROM answer a JOIN response r ON r.id = a.response_id
                WHERE r.wave_id = ? AND (a.step IS NOT NULL OR a.dont_know)""", statement -> {
            statement.setLong(1, waveId);
            List<Row> rows = new ArrayList<>();
            try (var result = statement.executeQuery()) {
                while (result.next()) {
                    String value = result.getBoolean(6) ? "ved-ikke" : String.valueOf(result.getInt(5));
                    rows.add(new Row(result.getString(1), result.getString(2), result.getString(3), result.getString(4), value));
                }
            }
            return rows;
        });
    }

    /** Codes issued per unit, kiosk codes left out: they are made by each visit, not handed out. */
    @Transactional(readOnly = true)
    Map<String, Integer> codesIssuedPerUnit(long waveId) {
        return counts("SELECT unit, COUNT(*) FROM invitation WHERE wave_id = ? AND (requested_by IS NULL OR requested_by <> 'kiosk') GROUP BY unit", waveId);
    }

    @Transactional(readOnly = true)
    Map<String, Integer> responsesPerUnit(long waveId) {
        return counts("SELECT unit, COUNT(*) FROM response WHERE wave_id = ? GROUP BY unit", waveId);
    }

    private Map<String, Integer> counts(String sql, long waveId) {
        return jdbc.prepareStatement(sql, statement -> {
            statement.setLong(1, waveId);
            Map<String, Integer> counts = new HashMap<>();
            try (var result = statement.executeQuery()) {
                while (result.next()) {
                    counts.put(result.getString(1), result.getInt(2));
                }
            }
            return counts;
        });
    }
}
