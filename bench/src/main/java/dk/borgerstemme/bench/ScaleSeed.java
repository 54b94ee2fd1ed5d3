package dk.borgerstemme.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.borgerstemme.survey.definition.ScoredAnswers;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Survey results at scale, written straight into the survey service's tables: waves half a year
 * apart of the demo survey, each fielded in the same units, with issued codes (a quarter more than
 * responses, so response rates are realistic) and responses of eleven answers each. Rows go in as
 * multi-row INSERTs (Connector/J rewrites each batch into one statement) with explicit ids, in
 * large transactions.
 */
final class ScaleSeed {

    static final List<String> SCALE_QUESTIONS = List.of("tilfreds-med-hjaelpen", "moedt-med-respekt", "set-som-menneske",
        "lyttet-til", "bestemmer-selv", "klarer-mere-selv", "faellesskaber", "samarbejde-med-netvaerk", "digital-tilgaengelighed",
        "gode-overgange");
    private static final Set<String> UNSCORED_TYPES = Set.of("FREE_TEXT", "SINGLE_CHOICE", "MULTIPLE_CHOICE");
    private static final int BATCH = 5000;
    private static final String[] TEXTS = {"Tak for hjælpen.", "Personalet er søde.", "Jeg vil gerne have mere tid med min kontaktperson."};

    record Seeded(List<Long> waves, List<String> units, long responses, long answers, long invitations, double seconds) {

        double rowsPerSecond() {
            return (responses + answers + invitations) / seconds;
        }
    }

    private final SystemUnderTest system;
    private final Random random = new Random(7);

    ScaleSeed(SystemUnderTest system) {
        this.system = system;
    }

    Seeded seed(long demoWave, int waves, int units, int responses) throws SQLException {
        long start = System.nanoTime();
        List<String> unitIds = BenchCatalogue.unitIds(units);
        List<Long> waveIds = new ArrayList<>();
        long answers = 0;
        long invitations = 0;
        try (Connection connection = system.surveyDatabase()) {
            connection.setAutoCommit(false);
            try (Statement session = connection.createStatement()) {
                session.execute("SET unique_checks = 0");
                session.execute("SET foreign_key_checks = 0");
            }
            long surveyVersion = single(connection, "SELECT survey_version_id FROM wave WHERE id = " + demoWave);
            checkScoredQuestions(connection, surveyVersion);
            long responseId = single(connection, "SELECT COALESCE(MAX(id), 0) FROM response") + 1;
            long answerId = single(connection, "SELECT COALESCE(MAX(id), 0) FROM answer") + 1;
            LocalDate today = LocalDate.now();
            int perWave = responses / waves;
            for (int w = 0; w < waves; w++) {
                // The latest wave opens today, after the demo wave (yesterday), so it is the one the portal's
                // dashboard shows by default; the others lie half a year apart before it.
                LocalDate opens = today.minusMonths(6L * (waves - 1 - w));
                LocalDate closes = opens.plusDays(60);
                long wave = insertWave(connection, surveyVersion, "Skalamåling " + (w + 1), opens, closes);
                waveIds.add(wave);
                try (PreparedStatement unit = connection.prepareStatement("INSERT INTO wave_unit (wave_id, unit) VALUES (?, ?)");
                     PreparedStatement role = connection.prepareStatement("INSERT INTO wave_role (wave_id, role) VALUES (?, 'borger')")) {
                    for (String id : unitIds) {
                        unit.setLong(1, wave);
                        unit.setString(2, id);
                        unit.addBatch();
                    }
                    unit.executeBatch();
                    role.setLong(1, wave);
                    role.executeUpdate();
                }
                invitations += insertInvitations(connection, wave, unitIds, perWave + perWave / 4, perWave, opens);
                answers += insertResponses(connection, wave, unitIds, perWave, responseId, answerId, opens, today);
                responseId += perWave;
                answerId += (long) perWave * (SCALE_QUESTIONS.size() + 1);
                connection.commit();
                System.out.printf("  wave %d of %d: %d responses, %.0f s so far%n", w + 1, waves, perWave, (System.nanoTime() - start) / 1e9);
            }
            try (Statement session = connection.createStatement()) {
                session.execute("SET unique_checks = 1");
                session.execute("SET foreign_key_checks = 1");
            }
        }
        return new Seeded(waveIds, unitIds, (long) (responses / waves) * waves, answers, invitations, (System.nanoTime() - start) / 1e9);
    }

    private long insertWave(Connection connection, long surveyVersion, String name, LocalDate opens, LocalDate closes) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
            "INSERT INTO wave (organisation, survey_version_id, name, opens_on, closes_on) VALUES (?, ?, ?, ?, ?)",
            Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, SurveyDatabase.ORGANISATION);
            insert.setLong(2, surveyVersion);
            insert.setString(3, name);
            insert.setDate(4, Date.valueOf(opens));
            insert.setDate(5, Date.valueOf(closes));
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private long insertInvitations(Connection connection, long wave, List<String> units, int count, int used, LocalDate issued)
        throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
            "INSERT INTO invitation (code, wave_id, unit, role, issued_on, used) VALUES (?, ?, ?, 'borger', ?, ?)")) {
            Date day = Date.valueOf(issued);
            for (int i = 0; i < count; i++) {
                // Unique per wave and row; these codes are never typed, so they need no check character.
                insert.setString(1, String.format("S%03d%08d", wave % 1000, i));
                insert.setLong(2, wave);
                insert.setString(3, units.get(i % units.size()));
                insert.setDate(4, day);
                insert.setBoolean(5, i < used);
                insert.addBatch();
                if ((i + 1) % BATCH == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
        return count;
    }

    private long insertResponses(Connection connection, long wave, List<String> units, int count, long firstResponse, long firstAnswer,
                                 LocalDate opens, LocalDate today) throws SQLException {
        long answers = 0;
        try (PreparedStatement response = connection.prepareStatement(
                 "INSERT INTO response (id, wave_id, unit, role, answered_how, submitted_on, scored) VALUES (?, ?, ?, 'borger', ?, ?, ?)");
             PreparedStatement answer = connection.prepareStatement(
                 "INSERT INTO answer (id, response_id, question_key, step, dont_know, choice, text) VALUES (?, ?, ?, ?, ?, NULL, ?)")) {
            long answerId = firstAnswer;
            String[] how = {"alene", "alene", "alene", "med-hjaelp-fra-medarbejder", "med-hjaelp-fra-paaroerende"};
            for (int i = 0; i < count; i++) {
                long id = firstResponse + i;
                response.setLong(1, id);
                response.setLong(2, wave);
                // Units of different sizes: a few large ones, many small, some under the suppression threshold.
                response.setString(3, units.get(Math.min(units.size() - 1, (int) Math.floor(Math.abs(random.nextGaussian()) * units.size() / 2.5))));
                response.setString(4, how[random.nextInt(how.length)]);
                LocalDate submitted = opens.plusDays(random.nextInt(60));
                response.setDate(5, Date.valueOf(submitted.isAfter(today) ? today : submitted));
                // The scored answers' copy on the response, as the service stores it (ScoredAnswers).
                byte[] scored = new byte[SCALE_QUESTIONS.size()];
                int mood = random.nextInt(5);
                for (int q = 0; q < SCALE_QUESTIONS.size(); q++) {
                    boolean dontKnow = random.nextInt(20) == 0;
                    answer.setLong(1, answerId++);
                    answer.setLong(2, id);
                    answer.setString(3, SCALE_QUESTIONS.get(q));
                    if (dontKnow) {
                        answer.setNull(4, java.sql.Types.SMALLINT);
                        scored[q] = ScoredAnswers.DONT_KNOW;
                    } else {
                        int step = Math.max(1, Math.min(5, 1 + mood + random.nextInt(3) - 1));
                        answer.setInt(4, step);
                        scored[q] = (byte) (ScoredAnswers.FIRST_STEP + step);
                    }
                    answer.setBoolean(5, dontKnow);
                    answer.setString(6, null);
                    answer.addBatch();
                }
                response.setBytes(6, scored);
                response.addBatch();
                answer.setLong(1, answerId++);
                answer.setLong(2, id);
                answer.setString(3, "andet");
                answer.setNull(4, java.sql.Types.SMALLINT);
                answer.setBoolean(5, false);
                answer.setString(6, TEXTS[random.nextInt(TEXTS.length)]);
                answer.addBatch();
                answers += SCALE_QUESTIONS.size() + 1;
                if ((i + 1) % (BATCH / 10) == 0) {
                    response.executeBatch();
                    answer.executeBatch();
                }
                if ((i + 1) % 50_000 == 0) {
                    connection.commit();
                }
            }
            response.executeBatch();
            answer.executeBatch();
        }
        return answers;
    }

    /**
     * The seed answers {@link #SCALE_QUESTIONS} and stores their copy on the response in that order, which must be the
     * order of the demo survey's scored questions (every question but free text and choices).
     */
    private static void checkScoredQuestions(Connection connection, long surveyVersion) throws SQLException {
        List<String> scored = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT definition FROM survey_version WHERE id = " + surveyVersion)) {
            rows.next();
            for (JsonNode question : new ObjectMapper().readTree(rows.getString(1)).path("questions")) {
                if (!UNSCORED_TYPES.contains(question.path("type").asText())) {
                    scored.add(question.path("key").asText());
                }
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The demo survey's definition cannot be read", e);
        }
        if (!scored.equals(SCALE_QUESTIONS)) {
            throw new IllegalStateException("The demo survey's scored questions are " + scored + ", not the ones the seed answers: "
                + SCALE_QUESTIONS);
        }
    }

    private static long single(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
