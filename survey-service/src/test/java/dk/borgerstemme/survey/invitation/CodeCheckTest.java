package dk.borgerstemme.survey.invitation;

import dk.borgerstemme.platform.testing.UsesTestDatabase;
import dk.borgerstemme.survey.invitation.CodeCheck.Refusal;
import dk.borgerstemme.survey.wave.Wave;
import dk.borgerstemme.survey.wave.WaveRepository;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CodeCheckTest implements UsesTestDatabase {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    @Inject
    CodeCheck codeCheck;

    @Inject
    InvitationRepository invitations;

    @Inject
    WaveRepository waves;

    @Inject
    DataSource dataSource;

    @Singleton
    @Replaces(Clock.class)
    Clock fixedClock() {
        return Clock.fixed(TODAY.atStartOfDay(ZoneId.of("Europe/Copenhagen")).toInstant(), ZoneId.of("Europe/Copenhagen"));
    }

    @Test
    void anUnusedCodeOfAnOpenWaveIsAccepted() throws SQLException {
        Wave wave = wave("slagelse", TODAY.minusDays(1), TODAY.plusDays(30));
        InvitationCode code = issue(wave);

        CodeCheck.Outcome outcome = codeCheck.check("slagelse", code.display().toLowerCase());

        assertThat(outcome.refusal()).isEmpty();
        assertThat(outcome.accepted()).hasValueSatisfying(accepted -> {
            assertThat(accepted.wave().id()).isEqualTo(wave.id());
            assertThat(accepted.invitation().unit()).isEqualTo("botilbuddet-solvang");
        });
    }

    @Test
    void theAcceptedCodeCarriesTheInvitationAndItsWaveAsStored() throws SQLException {
        Wave wave = waves.update(wave("slagelse", TODAY.minusDays(1), TODAY.plusDays(30)).closedOn(TODAY.plusDays(3)));
        InvitationCode code = InvitationCode.generate();
        invitations.save(new Invitation(code.value(), wave.id(), "botilbuddet-solvang", "paaroerende", TODAY.minusDays(2), false,
            "complaint-service", "case-17"));

        CodeCheck.Accepted accepted = codeCheck.check("slagelse", code.value()).accepted().orElseThrow();

        assertThat(accepted.invitation()).isEqualTo(invitations.findById(code.value()).orElseThrow());
        assertThat(accepted.wave()).isEqualTo(waves.findById(wave.id()).orElseThrow());
        assertThat(accepted.wave().closedOn()).isEqualTo(TODAY.plusDays(3));
        assertThat(accepted.savedAnswers()).isNull();
    }

    @Test
    void eachWayACodeCanBeWrongHasItsOwnReason() throws SQLException {
        Wave open = wave("slagelse", TODAY.minusDays(1), TODAY.plusDays(30));
        Wave future = wave("slagelse", TODAY.plusDays(1), TODAY.plusDays(30));
        Wave past = wave("slagelse", TODAY.minusDays(30), TODAY.minusDays(1));
        Wave elsewhere = wave("midtjylland", TODAY.minusDays(1), TODAY.plusDays(30));
        InvitationCode used = issue(open);
        invitations.claim(used.value());

        assertThat(refusal("ACDE-FHJK")).isEqualTo(Refusal.MISTYPED);
        assertThat(refusal(typo(issue(open)))).isEqualTo(Refusal.MISTYPED);
        assertThat(refusal(InvitationCode.generate().value())).isEqualTo(Refusal.UNKNOWN);
        assertThat(refusal(used.value())).isEqualTo(Refusal.ALREADY_USED);
        assertThat(refusal(issue(future).value())).isEqualTo(Refusal.NOT_OPEN_YET);
        assertThat(refusal(issue(past).value())).isEqualTo(Refusal.CLOSED);
        assertThat(refusal(issue(elsewhere).value())).isEqualTo(Refusal.OTHER_ORGANISATION);
    }

    @Test
    void aWaveIsOpenOnItsFirstAndLastDay() throws SQLException {
        Wave today = wave("slagelse", TODAY, TODAY);

        assertThat(codeCheck.check("slagelse", issue(today).value()).accepted()).isPresent();
    }

    @Test
    void ofTwoSimultaneousClaimsOfOneCodeExactlyOneWins() throws Exception {
        Wave wave = wave("slagelse", TODAY.minusDays(1), TODAY.plusDays(30));
        for (int round = 0; round < 20; round++) {
            String code = issue(wave).value();
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                List<Callable<Integer>> claims = List.of(() -> invitations.claim(code), () -> invitations.claim(code));
                List<Integer> changed = new ArrayList<>();
                for (Future<Integer> claim : pool.invokeAll(claims)) {
                    changed.add(claim.get());
                }
                assertThat(changed).containsExactlyInAnyOrder(0, 1);
            } finally {
                pool.shutdown();
            }
        }
    }

    private Refusal refusal(String typed) {
        return codeCheck.check("slagelse", typed).refusal().orElseThrow();
    }

    private static String typo(InvitationCode code) {
        String value = code.value();
        char first = value.charAt(0);
        char other = InvitationCode.ALPHABET.charAt((InvitationCode.ALPHABET.indexOf(first) + 1) % InvitationCode.ALPHABET.length());
        return other + value.substring(1);
    }

    private InvitationCode issue(Wave wave) {
        InvitationCode code = InvitationCode.generate();
        invitations.save(new Invitation(code.value(), wave.id(), "botilbuddet-solvang", "borger", TODAY.minusDays(2), false, null, null));
        return code;
    }

    private Wave wave(String organisation, LocalDate opens, LocalDate closes) throws SQLException {
        return waves.save(new Wave(null, organisation, surveyVersion(), "Brugertilfredshed 2026", opens, closes, null));
    }

    private long surveyVersion() throws SQLException {
        try (Connection connection = DelegatingDataSource.unwrapDataSource(dataSource).getConnection()) {
            Statement statement = connection.createStatement();
            statement.executeUpdate("INSERT INTO survey (organisation, slug, created_on) VALUES ('slagelse', 'test-" + System.nanoTime() + "', CURRENT_DATE)",
                Statement.RETURN_GENERATED_KEYS);
            ResultSet keys = statement.getGeneratedKeys();
            keys.next();
            long survey = keys.getLong(1);
            statement.executeUpdate("INSERT INTO survey_version (survey_id, number, definition) VALUES (" + survey + ", 1, '{}')",
                Statement.RETURN_GENERATED_KEYS);
            keys = statement.getGeneratedKeys();
            keys.next();
            return keys.getLong(1);
        }
    }
}
