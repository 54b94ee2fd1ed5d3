package dk.borgerstemme.survey.results;

import dk.borgerstemme.survey.definition.DontKnow;
import dk.borgerstemme.survey.definition.ScoredAnswers;
import dk.borgerstemme.survey.definition.SurveyDefinition;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.inject.Singleton;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Reads what the results of a wave are computed from. Read-only, so it takes plain connections. */
@Singleton
class ResultsReader {

    /** The wave and the JSON definition of the survey version it fielded. */
    record FieldedWave(long id, String organisation, String name, long surveyId, String definition) {
    }

    private final DataSource dataSource;

    ResultsReader(DataSource dataSource) {
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
    }

    Optional<FieldedWave> wave(long waveId) {
        return query("""
                SELECT w.id, w.organisation, w.name, v.survey_id, v.definition
                FROM wave w JOIN survey_version v ON v.id = w.survey_version_id
                WHERE w.id = ?""",
            row -> new FieldedWave(row.getLong(1), row.getString(2), row.getString(3), row.getLong(4), row.getString(5)), waveId)
            .stream().findFirst();
    }

    /** The waves that opened on or after {@code since}, newest first, at most {@code limit}. */
    List<FieldedWave> wavesOpenedSince(LocalDate since, int limit) {
        List<FieldedWave> waves = new ArrayList<>();
        forEachRow("""
                SELECT w.id, w.organisation, w.name, v.survey_id, v.definition
                FROM wave w JOIN survey_version v ON v.id = w.survey_version_id
                WHERE w.opens_on >= ?
                ORDER BY w.opens_on DESC, w.id DESC
                LIMIT ?""", false,
            row -> waves.add(new FieldedWave(row.getLong(1), row.getString(2), row.getString(3), row.getLong(4), row.getString(5))),
            since, limit);
        return waves;
    }

    /** The latest wave of the same survey (any version) that opened before this one. */
    Optional<Long> previousWave(long waveId) {
        return query("""
                SELECT earlier.id
                FROM wave w
                JOIN survey_version v ON v.id = w.survey_version_id
                JOIN survey_version ev ON ev.survey_id = v.survey_id
                JOIN wave earlier ON earlier.survey_version_id = ev.id AND earlier.organisation = w.organisation
                WHERE w.id = ? AND (earlier.opens_on < w.opens_on OR (earlier.opens_on = w.opens_on AND earlier.id < w.id))
                ORDER BY earlier.opens_on DESC, earlier.id DESC
                LIMIT 1""",
            row -> row.getLong(1), waveId).stream().findFirst();
    }

    List<String> units(long waveId) {
        return query("SELECT unit FROM wave_unit WHERE wave_id = ? ORDER BY unit", row -> row.getString(1), waveId);
    }

    List<String> roles(long waveId) {
        return query("SELECT role FROM wave_role WHERE wave_id = ? ORDER BY role", row -> row.getString(1), waveId);
    }

    /**
     * The newest response of the wave (0 for none). Responses are only ever inserted, each with its answers in
     * one transaction, so a wave's respondents and answers are the same as long as this is; one index look-up.
     */
    long lastResponse(long waveId) {
        return query("SELECT COALESCE(MAX(id), 0) FROM response WHERE wave_id = ?", row -> row.getLong(1), waveId).get(0);
    }

    /**
     * The wave's respondents and their scored answers up to and including response {@code upTo}, so a read matches the
     * {@link #lastResponse} it was made for. A wave of 250,000 respondents has millions of answers: each response's
     * scored answers are read from its own row ({@link ScoredAnswers}), streamed from the server rather than buffered
     * whole by the driver, and kept compactly ({@link WaveAnswers}). Only responses stored without them (before they
     * were stored so) have their answer rows read.
     */
    WaveAnswers answers(long waveId, long upTo, SurveyDefinition definition) {
        WaveAnswers.Builder answers = new WaveAnswers.Builder(definition);
        Canonical texts = new Canonical();
        streamed("SELECT id, unit, role, answered_how, scored FROM response WHERE wave_id = ? AND id <= ?",
            row -> answers.respondent(new Respondent(row.getLong(1), texts.of(row.getString(2)), texts.of(row.getString(3)), texts.of(row.getString(4))),
                row.getBytes(5)),
            waveId, upTo);
        if (answers.awaitsAnswerRows()) {
            streamed("""
                    SELECT a.response_id, a.question_key, a.step, a.dont_know
                    FROM response r JOIN answer a ON a.response_id = r.id
                    WHERE r.wave_id = ? AND r.id <= ? AND r.scored IS NULL AND (a.step IS NOT NULL OR a.dont_know)""",
                row -> answers.answer(row.getLong(1), row.getString(2), row.getBoolean(4) ? DontKnow.VALUE : texts.step(row.getInt(3))),
                waveId, upTo);
        }
        return answers.build();
    }

    /** The wave's responses per unit, for units with any. */
    Map<String, Long> responsesPerUnit(long waveId) {
        Map<String, Long> perUnit = new HashMap<>();
        forEachRow("SELECT unit, COUNT(*) FROM response WHERE wave_id = ? GROUP BY unit", false,
            row -> perUnit.put(row.getString(1), row.getLong(2)), waveId);
        return perUnit;
    }

    /** One instance per distinct text of a read. */
    private static final class Canonical {
        private final Map<String, String> texts = new HashMap<>();
        private final Map<Integer, String> steps = new HashMap<>();

        String of(String text) {
            return text == null ? null : texts.computeIfAbsent(text, Function.identity());
        }

        String step(int step) {
            return steps.computeIfAbsent(step, String::valueOf);
        }
    }

    /** A free-text answer as comments show it: the unit and the question, nothing that ties it to its response. */
    record FreeText(String unit, String questionKey, String text) {
    }

    /** The wave's free-text answers, sorted by question, unit and text, so their order tells nothing of who gave them. */
    List<FreeText> freeTexts(long waveId) {
        return query("""
                SELECT r.unit, a.question_key, a.text
                FROM answer a JOIN response r ON r.id = a.response_id
                WHERE r.wave_id = ? AND a.text IS NOT NULL AND a.text <> ''
                ORDER BY a.question_key, r.unit, a.text""",
            row -> new FreeText(row.getString(1), row.getString(2), row.getString(3)), waveId);
    }

    /** Codes handed out per unit and role. Kiosk codes are left out: each kiosk visit makes one, so they say nothing of reach. */
    List<IssuedCodes> issuedCodes(long waveId) {
        return query("SELECT unit, role, COUNT(*) FROM invitation WHERE wave_id = ? AND (requested_by IS NULL OR requested_by <> 'kiosk') GROUP BY unit, role ORDER BY unit, role",
            row -> new IssuedCodes(row.getString(1), row.getString(2), row.getInt(3)), waveId);
    }

    private interface Row<T> {
        T read(ResultSet row) throws SQLException;
    }

    private interface RowAction {
        void take(ResultSet row) throws SQLException;
    }

    private <T> List<T> query(String sql, Row<T> row, Object... parameters) {
        List<T> read = new ArrayList<>();
        forEachRow(sql, false, current -> read.add(row.read(current)), parameters);
        return read;
    }

    /** Hands each row on as it comes from the server: for reads too large to hold as rows. */
    private void streamed(String sql, RowAction action, Object... parameters) {
        forEachRow(sql, true, action, parameters);
    }

    private void forEachRow(String sql, boolean streamed, RowAction action, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
            if (streamed) {
                // MySQL Connector/J streams row by row only with this fetch size.
                statement.setFetchSize(Integer.MIN_VALUE);
            }
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    action.take(rows);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Results cannot be read (" + parameters[0] + ")", e);
        }
    }
}
