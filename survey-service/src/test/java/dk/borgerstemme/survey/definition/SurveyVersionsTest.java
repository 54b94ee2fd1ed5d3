package dk.borgerstemme.survey.definition;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static dk.borgerstemme.survey.definition.SurveyFixture.OTHER_SURVEY_POINT;
import static dk.borgerstemme.survey.definition.SurveyFixture.SURVEY_POINT;
import static dk.borgerstemme.survey.definition.SurveyFixture.freeText;
import static dk.borgerstemme.survey.definition.SurveyFixture.scored;
import static dk.borgerstemme.survey.definition.SurveyFixture.survey;
import static dk.borgerstemme.survey.definition.SurveyFixture.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SurveyVersionsTest {

    private final Question happy = scored("glad", QuestionType.SMILEY_5).dontKnow().build();
    private final Question decides = scored("bestemmer-selv", QuestionType.AGREEMENT_5).point(OTHER_SURVEY_POINT).build();
    private final Question comment = freeText("andet", 1000).build();
    private final SurveyDefinition original = survey(happy, decides, comment);
    private final SurveyVersion published = SurveyVersions.first(original);

    @Test
    void aSurveyIsFirstPublishedAsVersionOne() {
        assertThat(published.number()).isEqualTo(1);
        assertThat(published.definition()).isSameAs(original);
    }

    @Test
    void publishingTheSameSurveyAgainChangesNothing() {
        Publication publication = SurveyVersions.publish(published, survey(happy, decides, comment), true);

        assertThat(publication.outcome()).isEqualTo(Publication.Outcome.UNCHANGED);
        assertThat(publication.version()).isSameAs(published);
        assertThat(publication.changes().isEmpty()).isTrue();
    }

    @Test
    void changingASurveyThatHasAnswersMakesANewVersionAndLeavesThePublishedOneAsItWas() {
        SurveyDefinition edited = survey(happy, decides);

        Publication publication = SurveyVersions.publish(published, edited, true);

        assertThat(publication.isNewVersion()).isTrue();
        assertThat(publication.version().number()).isEqualTo(2);
        assertThat(publication.version().definition()).isSameAs(edited);
        assertThat(published.number()).isEqualTo(1);
        assertThat(published.definition().questions()).containsExactly(happy, decides, comment);
    }

    @Test
    void changingASurveyNobodyHasAnsweredReplacesItUnderTheSameNumber() {
        Publication publication = SurveyVersions.publish(published, survey(happy, decides), false);

        assertThat(publication.outcome()).isEqualTo(Publication.Outcome.REPLACED);
        assertThat(publication.version().number()).isEqualTo(1);
        assertThat(publication.changes().removed()).containsExactly("andet");
    }

    @Test
    void aNewVersionFollowsTheLatestPublishedNumber() {
        SurveyVersion third = new SurveyVersion(3, original);

        assertThat(SurveyVersions.publish(third, survey(happy), true).version().number()).isEqualTo(4);
    }

    @Test
    void anotherSurveyCannotBePublishedAsAVersionOfThisOne() {
        SurveyDefinition other = new SurveyDefinition("en-anden", original.kind(), original.title(), original.intro(), original.minutes(),
            original.framework(), original.respondentRoles(), true, original.questions());

        assertThatThrownBy(() -> SurveyVersions.publish(published, other, true)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SurveyVersion(0, original)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aQuestionIsTheSameQuestionWhenItKeepsItsKeyWhereverItMoves() {
        SurveyChanges changes = SurveyChanges.between(original, survey(comment, decides, happy));

        assertThat(changes.isEmpty()).isTrue();
        assertThat(changes.likeForLike()).isTrue();
    }

    @Test
    void addedAndRemovedQuestionsAreListedByKeyAndTheirPointsAreNotLikeForLike() {
        Question newOne = scored("lyttet-til", QuestionType.AGREEMENT_5).point(OTHER_SURVEY_POINT).build();

        SurveyChanges changes = SurveyChanges.between(original, survey(newOne, decides, comment));

        assertThat(changes.added()).containsExactly("lyttet-til");
        assertThat(changes.removed()).containsExactly("glad");
        assertThat(changes.likeForLike()).isFalse();
        assertThat(changes.pointsNotLikeForLike()).containsExactlyInAnyOrder(SURVEY_POINT, OTHER_SURVEY_POINT);
    }

    @Test
    void rewordingAQuestionKeepsItsKeyButBreaksTheComparison() {
        Question reworded = scored("glad", QuestionType.SMILEY_5).dontKnow().questionText(text("Er du glad?", "Are you happy?")).build();

        SurveyChanges changes = SurveyChanges.between(original, survey(reworded, decides, comment));

        assertThat(changes.changed()).containsExactly(new QuestionChange("glad", Set.of(QuestionAspect.TEXT)));
        assertThat(changes.changed().get(0).comparable()).isFalse();
        assertThat(changes.pointsNotLikeForLike()).containsExactly(SURVEY_POINT);
    }

    @Test
    void whatTheQuestionAsksHowItIsAnsweredWhatItFeedsAndWhoSeesItBreakTheComparison() {
        assertThat(QuestionAspect.values()).filteredOn(aspect -> !aspect.keepsComparison()).containsExactly(
            QuestionAspect.TYPE, QuestionAspect.TEXT, QuestionAspect.CHOICES, QuestionAspect.POINT, QuestionAspect.SHOW_IF, QuestionAspect.DONT_KNOW,
            QuestionAspect.STEP_LABELS);
    }

    @Test
    void changingTheScaleAndThePointIsNotLikeForLikeForBothPoints() {
        Question moved = scored("glad", QuestionType.AGREEMENT_5).point(OTHER_SURVEY_POINT).dontKnow().build();

        SurveyChanges changes = SurveyChanges.between(original, survey(moved, decides, comment));

        assertThat(changes.changed()).containsExactly(new QuestionChange("glad", Set.of(QuestionAspect.TYPE, QuestionAspect.POINT)));
        assertThat(changes.pointsNotLikeForLike()).containsExactly(SURVEY_POINT, OTHER_SURVEY_POINT);
    }

    @Test
    void betterHelpEasyReadOrAnOptionalFlagKeepTheComparison() {
        Question explained = scored("glad", QuestionType.SMILEY_5).dontKnow()
            .help(text("Tænk på det seneste år.", "Think of the last year."))
            .easyRead(text("Er du glad?", "Are you happy?"))
            .required()
            .build();

        SurveyChanges changes = SurveyChanges.between(original, survey(explained, decides, comment));

        assertThat(changes.changed()).containsExactly(
            new QuestionChange("glad", Set.of(QuestionAspect.HELP, QuestionAspect.EASY_READ, QuestionAspect.REQUIRED)));
        assertThat(changes.likeForLike()).isTrue();
        assertThat(changes.pointsNotLikeForLike()).isEmpty();
        assertThat(SurveyVersions.publish(published, survey(explained, decides, comment), true).isNewVersion()).isTrue();
    }

    @Test
    void aNewFrameworkMakesNoPointLikeForLike() {
        SurveyDefinition edited = new SurveyDefinition(original.id(), original.kind(), original.title(), original.intro(), original.minutes(),
            "anden-ramme", original.respondentRoles(), true, original.questions());

        SurveyChanges changes = SurveyChanges.between(original, edited);

        assertThat(changes.frameworkChanged()).isTrue();
        assertThat(changes.likeForLike()).isFalse();
        assertThat(changes.pointsNotLikeForLike()).containsExactly(SURVEY_POINT, OTHER_SURVEY_POINT);
    }

    @Test
    void aChangedTitleMakesANewVersionButLeavesEveryQuestionComparable() {
        SurveyDefinition retitled = new SurveyDefinition(original.id(), original.kind(), text("Ny titel", "New title"), original.intro(),
            original.minutes(), original.framework(), original.respondentRoles(), true, original.questions());

        Publication publication = SurveyVersions.publish(published, retitled, true);

        assertThat(publication.isNewVersion()).isTrue();
        assertThat(publication.changes().isEmpty()).isTrue();
    }
}
