package dk.borgerstemme.complaint.handling;

import dk.borgerstemme.platform.testing.UsesTestDatabase;
import io.micronaut.context.MessageSource;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HandlingMessagesRegisteredTest implements UsesTestDatabase {

    @Inject
    MessageSource messages;

    @Test
    void pagesAndTheApiFindTheHandlingTextsAmongTheServicesMessages() {
        assertThat(messages.getMessage("handling.illegal.merged", Locale.forLanguageTag("da")))
            .contains("Sagen er lagt sammen med en anden sag. Arbejd videre i den sag.");
        assertThat(messages.getMessage("handling.illegal.merged", Locale.ENGLISH))
            .contains("The case was merged with another case. Continue in that case.");
        assertThat(messages.getMessage("teams.title", Locale.ENGLISH)).contains("Complaint teams");
    }
}
