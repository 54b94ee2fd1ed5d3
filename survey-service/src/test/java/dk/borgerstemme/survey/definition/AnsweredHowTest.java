package dk.borgerstemme.survey.definition;

import dk.borgerstemme.platform.catalogue.LocalizedText;
import org.junit.jupiter.api.Test;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class AnsweredHowTest {

    @Test
    void everyRespondentIsAskedWhetherTheyAnsweredAloneWithHelpOrSomeoneAnsweredForThem() {
        assertThat(AnsweredHow.values()).extracting(AnsweredHow::id)
            .containsExactly("alene", "med-hjaelp-fra-medarbejder", "med-hjaelp-fra-paaroerende", "paa-vegne-af-borgeren");
    }

    @Test
    void theQuestionAndEveryAnswerHaveDanishEnglishAndEasyReadTexts() {
        Stream.concat(
                Stream.of(AnsweredHow.QUESTION, AnsweredHow.QUESTION_EASY_READ, AnsweredHow.HELP),
                Stream.of(AnsweredHow.values()).flatMap(way -> Stream.of(way.label(), way.easyRead())))
            .forEach(text -> {
                assertThat(text.da()).isNotBlank();
                assertThat(text.en()).isNotBlank();
            });
        assertThat(Stream.of(AnsweredHow.values()).map(AnsweredHow::easyRead).map(LocalizedText::da)).doesNotHaveDuplicates();
    }

    @Test
    void resultsCanBeSplitIntoAloneHelpedAndByProxy() {
        assertThat(Stream.of(AnsweredHow.values()).filter(AnsweredHow::withHelp))
            .containsExactly(AnsweredHow.WITH_HELP_FROM_STAFF, AnsweredHow.WITH_HELP_FROM_RELATIVE);
        assertThat(Stream.of(AnsweredHow.values()).filter(AnsweredHow::byProxy)).containsExactly(AnsweredHow.ON_BEHALF_BY_RELATIVE_OR_GUARDIAN);
        assertThat(AnsweredHow.ALONE.withHelp() || AnsweredHow.ALONE.byProxy()).isFalse();
    }

    @Test
    void aStoredValueIsReadBackAndAnUnknownOneIsNot() {
        assertThat(AnsweredHow.fromId("med-hjaelp-fra-medarbejder")).contains(AnsweredHow.WITH_HELP_FROM_STAFF);
        assertThat(AnsweredHow.fromId("ALONE")).isEmpty();
        assertThat(AnsweredHow.fromId(null)).isEmpty();
    }
}
