package dk.borgerstemme.complaint.handling;

import dk.borgerstemme.complaint.casefile.DeadlineKind;
import dk.borgerstemme.complaint.casefile.Status;
import dk.borgerstemme.complaint.deadline.DueState;
import dk.borgerstemme.complaint.deadline.ExtensionProblem;
import dk.borgerstemme.complaint.routing.ReassignmentProblem;
import io.micronaut.context.i18n.ResourceBundleMessageSource;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

class HandlingMessagesTest {

    static final List<String> ILLEGAL_TRANSITION_KEYS = List.of(
        "handling.illegal.notAcknowledged", "handling.illegal.alreadyAcknowledged", "handling.illegal.notForwarded",
        "handling.illegal.withAnkestyrelsen", "handling.illegal.notClosed", "handling.illegal.closed",
        "handling.illegal.withdrawn", "handling.illegal.merged");

    private static final Locale DANISH = Locale.forLanguageTag("da");

    private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource("i18n.handling");

    @Test
    void theDanishAndEnglishBundlesHaveTheSameKeys() throws IOException {
        assertThat(load("da").stringPropertyNames()).isEqualTo(load("en").stringPropertyNames());
    }

    @Test
    void everyKeyTheRulesUseHasADanishAndAnEnglishText() {
        List<String> keys = new ArrayList<>(ILLEGAL_TRANSITION_KEYS);
        Arrays.stream(CaseAction.values()).map(CaseAction::messageKey).forEach(keys::add);
        Arrays.stream(Status.values()).map(status -> "handling.status." + status).forEach(keys::add);
        Arrays.stream(DeadlineKind.values()).map(kind -> "deadline.kind." + kind).forEach(keys::add);
        Arrays.stream(DueState.values()).map(state -> "deadline.state." + state).forEach(keys::add);
        Arrays.stream(ExtensionProblem.values()).map(ExtensionProblem::messageKey).forEach(keys::add);
        Arrays.stream(ReassignmentProblem.values()).map(ReassignmentProblem::messageKey).forEach(keys::add);
        keys.add("deadline.lateDecisionComplaint");

        for (String key : keys) {
            String danish = messages.getMessage(key, DANISH).orElse(null);
            String english = messages.getMessage(key, Locale.ENGLISH).orElse(null);
            assertThat(danish).as("da " + key).isNotBlank();
            assertThat(english).as("en " + key).isNotBlank().isNotEqualTo(danish);
        }
    }

    @Test
    void aRefusalReadsInTheStaffMembersLanguage() {
        assertThat(messages.getMessage("handling.illegal.closed", DANISH))
            .contains("Sagen er afsluttet. Genåbn den, hvis den skal behandles igen.");
        assertThat(messages.getMessage("handling.illegal.closed", Locale.ENGLISH))
            .contains("The case is closed. Reopen it if it is to be handled again.");
    }

    private static Properties load(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = HandlingMessagesTest.class.getResourceAsStream("/i18n/handling_" + language + ".properties")) {
            assertThat(in).as(language + " bundle").isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
