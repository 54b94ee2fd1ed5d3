package dk.borgerstemme.bench;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;

/**
 * Complaint cases at scale, written straight into the complaint service's tables as the handling would
 * have left them: spread evenly over the years up to today, over the scale units (unequal sizes, as the
 * survey's) and their areas, kinds (complaints, praise, suggestions), categories and the tracks they
 * route to; acknowledgement and answer deadlines with the day each was met; older cases closed with an
 * outcome and a root cause (some reopened, some with a learning and an action), decision complaints with
 * a reconsideration and some forwarded to and decided by Ankestyrelsen, a few withdrawn or merged, the
 * newest still open. No contact details (they are stored encrypted); no messages or audit trail, which
 * no figure reads. Multi-row INSERTs with explicit ids, as {@link ScaleSeed}.
 */
final class ComplaintSeed {

    private static final int BATCH = 2000;
    private static final String[] CATEGORIES = {"afgoerelse-om-hjaelp", "sagsbehandling-og-ventetid", "medarbejderes-adfaerd",
        "levering-af-hjaelpen", "serviceniveau", "fysiske-rammer", "kommunikation", "andet"};
    private static final String[] ROOT_CAUSES = {"kommunikation", "sagsbehandlingstid", "faglig-vurdering", "bemanding", "procedure",
        "adfaerd", "rammer", "ingen-fejl"};
    private static final String[] CHANNELS = {"WEB", "WEB", "WEB", "PHONE", "LETTER", "IN_PERSON", "EMAIL"};
    private static final String[] AREAS_IN_TURN = {"socialpsykiatrien", "handicap", "misbrug", "myndighed"};

    record Seeded(long cases, long tracks, long deadlines, long actions, LocalDate from, LocalDate to, double seconds) {

        double rowsPerSecond() {
            return (cases + tracks + deadlines + actions) / seconds;
        }
    }

    private final SystemUnderTest system;
    private final Random random = new Random(11);

    ComplaintSeed(SystemUnderTest system) {
        this.system = system;
    }

    Seeded seed(List<String> units, int count, int years) throws SQLException {
        long start = System.nanoTime();
        LocalDate today = LocalDate.now();
        LocalDate from = today.minusYears(years).plusDays(1);
        long days = ChronoUnit.DAYS.between(from, today) + 1;
        long tracks = 0;
        long deadlines = 0;
        long actions = 0;
        try (Connection connection = system.complaintDatabase()) {
            connection.setAutoCommit(false);
            try (Statement session = connection.createStatement()) {
                session.execute("SET unique_checks = 0");
                session.execute("SET foreign_key_checks = 0");
            }
            long caseId = single(connection, "SELECT COALESCE(MAX(id), 0) FROM complaint_case") + 1;
            try (PreparedStatement kase = connection.prepareStatement("""
                     INSERT INTO complaint_case (id, organisation, reference, kind, received_on, version, received_at, status, channel,
                       complainant_role, area_id, unit_id, category, what_happened, about_decision, anonymous, status_code_hash, team_id,
                       reconsideration_result, reconsidered_on, forwarded_on, ankestyrelsen_decision, ankestyrelsen_decided_on, outcome,
                       root_cause, learning, reply_sent, closed_at, reopen_count, merged_into, updated_at)
                     VALUES (?, ?, ?, ?, ?, 0, ?, ?, ?, 'CITIZEN', ?, ?, ?, 'Skalatest.', ?, TRUE, 'bench', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
                 PreparedStatement track = connection.prepareStatement("INSERT INTO complaint_track (case_id, track) VALUES (?, ?)");
                 PreparedStatement deadline = connection.prepareStatement(
                     "INSERT INTO complaint_deadline (case_id, kind, due_on, original_due_on, met_at) VALUES (?, ?, ?, ?, ?)");
                 PreparedStatement action = connection.prepareStatement(
                     "INSERT INTO complaint_action (organisation, case_id, unit_id, description, owner, due_on, done_on) VALUES (?, ?, ?, ?, 'bo', ?, ?)")) {
                int[] numberInYear = new int[3000];
                for (int i = 0; i < count; i++, caseId++) {
                    LocalDate received = from.plusDays((long) i * days / count);
                    long age = ChronoUnit.DAYS.between(received, today);
                    int u = Math.min(units.size() - 1, (int) Math.floor(Math.abs(random.nextGaussian()) * units.size() / 2.5));
                    String area = AREAS_IN_TURN[u % AREAS_IN_TURN.length];
                    boolean withUnit = random.nextInt(20) != 0;
                    int kindDraw = random.nextInt(100);
                    String kind = kindDraw < 75 ? "KLAGE" : kindDraw < 90 ? "ROS" : "FORSLAG";
                    String category = kind.equals("KLAGE") ? CATEGORIES[random.nextInt(CATEGORIES.length)] : random.nextBoolean() ? "andet" : null;
                    boolean decision = "afgoerelse-om-hjaelp".equals(category);
                    String mainTrack = switch (kind) {
                        case "ROS" -> "PRAISE";
                        case "FORSLAG" -> "SUGGESTION";
                        default -> switch (category) {
                            case "afgoerelse-om-hjaelp" -> "DECISION";
                            case "sagsbehandling-og-ventetid" -> "CASE_HANDLING";
                            case "medarbejderes-adfaerd", "levering-af-hjaelpen" -> "CONDUCT_OR_DELIVERY";
                            default -> "SERVICE_LEVEL";
                        };
                    };
                    boolean accessToRecords = kind.equals("KLAGE") && random.nextInt(50) == 0;

                    // Most cases older than five weeks are closed; the newest are at every stage.
                    int stageDraw = random.nextInt(100);
                    boolean closed = age > 35 ? stageDraw < 96 : age > 10 && stageDraw < 40;
                    boolean withdrawn = !closed && age > 35 && stageDraw < 98;
                    boolean merged = !closed && !withdrawn && age > 35;
                    LocalDate acknowledgedOn = age >= 3 || random.nextBoolean() ? received.plusDays(random.nextInt(4)) : null;
                    int answerDays = 3 + random.nextInt(random.nextInt(10) == 0 ? 40 : 16);
                    LocalDate closedOn = closed ? received.plusDays(Math.min(age, answerDays)) : null;

                    String reconsiderationResult = null;
                    LocalDate reconsideredOn = null;
                    LocalDate forwardedOn = null;
                    String ankestyrelsen = null;
                    LocalDate ankestyrelsenOn = null;
                    String status;
                    if (decision && (closed || age > 28)) {
                        reconsideredOn = received.plusDays(Math.min(age, 10 + random.nextInt(25)));
                        int result = random.nextInt(10);
                        reconsiderationResult = result < 2 ? "UPHELD" : result < 4 ? "PARTLY_UPHELD" : "MAINTAINED";
                        if (!reconsiderationResult.equals("UPHELD")) {
                            forwardedOn = reconsideredOn.plusDays(1 + random.nextInt(5));
                            if (ChronoUnit.DAYS.between(forwardedOn, today) > 90 && random.nextInt(10) < 8) {
                                ankestyrelsenOn = forwardedOn.plusDays(60 + random.nextInt(60));
                                if (ankestyrelsenOn.isAfter(today)) {
                                    ankestyrelsenOn = today;
                                }
                                int decided = random.nextInt(10);
                                ankestyrelsen = decided < 7 ? "CONFIRMED" : decided < 9 ? "CHANGED" : "REMITTED";
                            }
                        }
                    }
                    if (closed) {
                        status = "CLOSED";
                    } else if (withdrawn) {
                        status = "WITHDRAWN";
                    } else if (merged) {
                        status = "MERGED";
                    } else if (forwardedOn != null) {
                        status = "FORWARDED_TO_ANKESTYRELSEN";
                    } else {
                        status = acknowledgedOn == null ? "RECEIVED" : random.nextBoolean() ? "ACKNOWLEDGED" : "IN_PROGRESS";
                    }
                    String outcome = null;
                    String rootCause = null;
                    String learning = null;
                    if (closed && kind.equals("KLAGE")) {
                        int o = random.nextInt(100);
                        outcome = o < 25 ? "UPHELD" : o < 45 ? "PARTLY_UPHELD" : "NOT_UPHELD";
                        rootCause = outcome.equals("NOT_UPHELD") && random.nextBoolean() ? "ingen-fejl" : ROOT_CAUSES[random.nextInt(ROOT_CAUSES.length - 1)];
                        if (!outcome.equals("NOT_UPHELD") && random.nextInt(3) == 0) {
                            learning = "Vi har lært noget af sag " + caseId + ".";
                        }
                    }
                    int year = received.getYear();
                    int number = 600_000 + ++numberInYear[year];

                    int c = 1;
                    kase.setLong(c++, caseId);
                    kase.setString(c++, SurveyDatabase.ORGANISATION);
                    kase.setString(c++, String.format("K-%d-%06d", year, number));
                    kase.setString(c++, kind);
                    kase.setDate(c++, Date.valueOf(received));
                    kase.setTimestamp(c++, Timestamp.valueOf(received.atTime(8 + random.nextInt(10), random.nextInt(60))));
                    kase.setString(c++, status);
                    kase.setString(c++, CHANNELS[random.nextInt(CHANNELS.length)]);
                    kase.setString(c++, area);
                    kase.setString(c++, withUnit ? units.get(u) : null);
                    kase.setString(c++, category);
                    kase.setBoolean(c++, decision);
                    kase.setString(c++, decision ? "myndighed" : area);
                    kase.setString(c++, reconsiderationResult);
                    setDate(kase, c++, reconsideredOn);
                    setDate(kase, c++, forwardedOn);
                    kase.setString(c++, ankestyrelsen);
                    setDate(kase, c++, ankestyrelsenOn);
                    kase.setString(c++, outcome);
                    kase.setString(c++, rootCause);
                    kase.setString(c++, learning);
                    if (closed) {
                        kase.setBoolean(c++, true);
                    } else {
                        kase.setNull(c++, Types.BOOLEAN);
                    }
                    kase.setTimestamp(c++, closedOn == null ? null : Timestamp.valueOf(closedOn.atTime(14, 0)));
                    kase.setInt(c++, closed && random.nextInt(30) == 0 ? 1 : 0);
                    if (merged) {
                        kase.setLong(c++, Math.max(1, caseId - 1));
                    } else {
                        kase.setNull(c++, Types.BIGINT);
                    }
                    kase.setTimestamp(c, Timestamp.valueOf(LocalDateTime.now()));
                    kase.addBatch();

                    track.setLong(1, caseId);
                    track.setString(2, mainTrack);
                    track.addBatch();
                    tracks++;
                    if (accessToRecords) {
                        track.setLong(1, caseId);
                        track.setString(2, "ACCESS_TO_RECORDS");
                        track.addBatch();
                        tracks++;
                    }

                    deadlines += addDeadline(deadline, caseId, "ACKNOWLEDGEMENT", received.plusDays(3), acknowledgedOn);
                    LocalDate answeredOn = closedOn != null ? closedOn : reconsideredOn;
                    if (decision) {
                        deadlines += addDeadline(deadline, caseId, "RECONSIDERATION", received.plusDays(28), reconsideredOn);
                    } else if (kind.equals("KLAGE")) {
                        deadlines += addDeadline(deadline, caseId, "ANSWER", received.plusDays(14), answeredOn);
                    }
                    if (accessToRecords) {
                        deadlines += addDeadline(deadline, caseId, "ACCESS_TO_RECORDS", received.plusDays(9),
                            received.plusDays(Math.min(age, 2 + random.nextInt(10))));
                    }
                    if (learning != null && random.nextBoolean()) {
                        LocalDate due = closedOn.plusDays(30 + random.nextInt(60));
                        action.setString(1, SurveyDatabase.ORGANISATION);
                        action.setLong(2, caseId);
                        action.setString(3, withUnit ? units.get(u) : null);
                        action.setString(4, "Handling efter sag " + caseId);
                        action.setDate(5, Date.valueOf(due));
                        setDate(action, 6, due.isBefore(today) && random.nextInt(4) != 0 ? due.minusDays(random.nextInt(20)) : null);
                        action.addBatch();
                        actions++;
                    }
                    if ((i + 1) % BATCH == 0) {
                        kase.executeBatch();
                        track.executeBatch();
                        deadline.executeBatch();
                        action.executeBatch();
                    }
                    if ((i + 1) % 20_000 == 0) {
                        connection.commit();
                    }
                }
                kase.executeBatch();
                track.executeBatch();
                deadline.executeBatch();
                action.executeBatch();
                connection.commit();
            }
            try (Statement session = connection.createStatement()) {
                session.execute("SET unique_checks = 1");
                session.execute("SET foreign_key_checks = 1");
            }
        }
        return new Seeded(count, tracks, deadlines, actions, from, today, (System.nanoTime() - start) / 1e9);
    }

    private static int addDeadline(PreparedStatement deadline, long caseId, String kind, LocalDate due, LocalDate met) throws SQLException {
        deadline.setLong(1, caseId);
        deadline.setString(2, kind);
        deadline.setDate(3, Date.valueOf(due));
        deadline.setDate(4, Date.valueOf(due));
        deadline.setTimestamp(5, met == null ? null : Timestamp.valueOf(met.atTime(12, 0)));
        deadline.addBatch();
        return 1;
    }

    private static void setDate(PreparedStatement statement, int index, LocalDate date) throws SQLException {
        if (date == null) {
            statement.setNull(index, Types.DATE);
        } else {
            statement.setDate(index, Date.valueOf(date));
        }
    }

    private static long single(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
