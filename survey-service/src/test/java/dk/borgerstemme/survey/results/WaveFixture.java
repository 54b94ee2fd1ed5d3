package dk.borgerstemme.survey.results;

import dk.borgerstemme.survey.definition.ScoredAnswers;
import dk.borgerstemme.survey.definition.SurveyDefinition;
import dk.borgerstemme.survey.wave.SurveyRepositories;
import dk.borgerstemme.survey.wave.SurveyRow;
import dk.borgerstemme.survey.wave.SurveyVersionRow;
import dk.borgerstemme.survey.wave.Wave;
import dk.borgerstemme.survey.wave.WaveRepository;
import dk.borgerstemme.survey.wave.WaveScope;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;

import javax.sql.DataSource;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Writes surveys, waves, responses and codes straight into the real database, as the answering flow would leave them. */
@Singleton
class WaveFixture {

    private static final AtomicInteger CODES = new AtomicInteger();

    private final SurveyRepositories.Surveys surveys;
    private final SurveyRepositories.Versions versions;
    private final WaveRepository waves;
    private final WaveScope waveScope;
    private final ObjectMapper json;
    private final DataSource dataSource;
    /** The definition of each version made here, to store responses' scored answers as the answering flow does. */
    private final Map<Long, SurveyDefinition> definitions = new ConcurrentHashMap<>();

    WaveFixture(SurveyRepositories.Surveys surveys, SurveyRepositories.Versions versions, WaveRepository waves, WaveScope waveScope,
                ObjectMapper json, DataSource dataSource) {
        this.surveys = surveys;
        this.versions = versions;
        this.waves = waves;
        this.waveScope = waveScope;
        this.json = json;
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
    }

    /** A survey with its versions in order; returns the version ids. */
    List<Long> survey(String organisation, SurveyDefinition... versionsInOrder) throws IOException {
        SurveyRow survey = surveys.save(new SurveyRow(null, organisation, versionsInOrder[0].id(), LocalDate.now(), null));
        List<Long> ids = new java.util.ArrayList<>();
        for (int i = 0; i < versionsInOrder.length; i++) {
            long id = versions.save(new SurveyVersionRow(null, survey.id(), i + 1, json.writeValueAsString(versionsInOrder[i]), LocalDate.now())).id();
            definitions.put(id, versionsInOrder[i]);
            ids.add(id);
        }
        return ids;
    }

    Wave wave(String organisation, long versionId, String name, int opensDaysAgo, List<String> units, List<String> roles) {
        LocalDate today = LocalDate.now();
        Wave wave = waves.save(new Wave(null, organisation, versionId, name, today.minusDays(opensDaysAgo), today.minusDays(opensDaysAgo - 60), null));
        units.forEach(unit -> waveScope.addUnit(wave.id(), unit));
        roles.forEach(role -> waveScope.addRole(wave.id(), role));
        return wave;
    }

    /** One response. Answers: question key → a step, "ved-ikke", or for a free-text question the text. */
    void respond(Wave wave, String unit, String role, String answeredHow, Map<String, String> answers) throws SQLException {
        Map<String, List<String>> given = new LinkedHashMap<>();
        answers.forEach((key, value) -> given.put(key, List.of(value)));
        SurveyDefinition definition = definitions.get(wave.surveyVersionId());
        store(wave, unit, role, answeredHow, answers, definition == null ? null : ScoredAnswers.encode(definition, given));
    }

    /** One response as stored before each response kept a copy of its scored answers: only its answer rows. */
    void respondAsStoredBefore(Wave wave, String unit, String role, String answeredHow, Map<String, String> answers) throws SQLException {
        store(wave, unit, role, answeredHow, answers, null);
    }

    private void store(Wave wave, String unit, String role, String answeredHow, Map<String, String> answers, byte[] scored)
        throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            long responseId;
            try (PreparedStatement response = connection.prepareStatement(
                "INSERT INTO response (wave_id, unit, role, answered_how, submitted_on, scored) VALUES (?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
                response.setLong(1, wave.id());
                response.setString(2, unit);
                response.setString(3, role);
                response.setString(4, answeredHow);
                response.setObject(5, wave.opensOn().plusDays(1));
                response.setBytes(6, scored);
                response.executeUpdate();
                try (ResultSet keys = response.getGeneratedKeys()) {
                    keys.next();
                    responseId = keys.getLong(1);
                }
            }
            for (Map.Entry<String, String> answer : answers.entrySet()) {
                try (PreparedStatement stored = connection.prepareStatement(
                    "INSERT INTO answer (response_id, question_key, step, dont_know, text) VALUES (?, ?, ?, ?, ?)")) {
                    String value = answer.getValue();
                    boolean dontKnow = value.equals("ved-ikke");
                    boolean step = value.matches("\\d+");
                    stored.setLong(1, responseId);
                    stored.setString(2, answer.getKey());
                    stored.setObject(3, step ? Integer.valueOf(value) : null);
                    stored.setBoolean(4, dontKnow);
                    stored.setString(5, step || dontKnow ? null : value);
                    stored.executeUpdate();
                }
            }
        }
    }

    /** {@code count} responses alike, each answering one question with the same value. */
    void respond(Wave wave, String unit, String role, String answeredHow, int count, String question, String value) throws SQLException {
        for (int i = 0; i < count; i++) {
            respond(wave, unit, role, answeredHow, Map.of(question, value));
        }
    }

    void issue(Wave wave, String unit, String role, int count) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement invitation = connection.prepareStatement(
                 "INSERT INTO invitation (code, wave_id, unit, role, issued_on) VALUES (?, ?, ?, ?, ?)")) {
            for (int i = 0; i < count; i++) {
                invitation.setString(1, String.format("FIXTURE%05d", CODES.incrementAndGet()));
                invitation.setLong(2, wave.id());
                invitation.setString(3, unit);
                invitation.setString(4, role);
                invitation.setObject(5, wave.opensOn());
                invitation.executeUpdate();
            }
        }
    }
}
