package dk.borgerstemme.survey.authoring;

import dk.borgerstemme.platform.catalogue.LocalizedText;
import dk.borgerstemme.platform.testing.UsesTestDatabase;
import dk.borgerstemme.survey.definition.DefaultSurveys;
import dk.borgerstemme.survey.definition.Question;
import dk.borgerstemme.survey.definition.QuestionAspect;
import dk.borgerstemme.survey.definition.SurveyDefinition;
import dk.borgerstemme.survey.definition.SurveyKind;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SurveyAuthoringTest implements UsesTestDatabase {

    private static final String ORG = "slagelse";

    @Inject
    SurveyAuthoring authoring;

    @Inject
    DefaultSurveys defaults;

    @Test
    void aCopyOfTheShippedSurveyIsADraftUntilItIsPublishedAsVersionOne() {
        AuthoredSurvey created = authoring.create(ORG, SurveyAuthoring.withId(slagelseDefault(), "copy-one"));

        assertThat(created.versions()).singleElement().satisfies(version -> {
            assertThat(version.number()).isEqualTo(1);
            assertThat(version.isDraft()).isTrue();
            assertThat(version.definition().questions()).isEqualTo(slagelseDefault().questions());
        });

        SurveyAuthoring.Published published = authoring.publish(ORG, "copy-one", created.lock());

        assertThat(published.version().number()).isEqualTo(1);
        assertThat(published.version().publishedOn()).isNotNull();
        assertThat(published.changes()).as("a first version has nothing to compare with").isNull();
        assertThat(authoring.require(ORG, "copy-one").draft()).isEmpty();
    }

    @Test
    void editingAPublishedSurveyMakesANewDraftThatKeepsEveryQuestionsKeyAndPublishesAsTheNextVersion() {
        AuthoredSurvey created = authoring.create(ORG, SurveyAuthoring.withId(slagelseDefault(), "edited"));
        AuthoredSurvey published = authoring.publish(ORG, "edited", created.lock()).survey();

        AuthoredSurvey drafted = authoring.startDraft(ORG, "edited", published.lock());
        StoredVersion draft = drafted.draft().orElseThrow();
        assertThat(draft.number()).isEqualTo(2);
        assertThat(draft.definition().questions()).extracting(Question::key)
            .containsExactlyElementsOf(slagelseDefault().questions().stream().map(Question::key).toList());

        List<Question> questions = new ArrayList<>(draft.definition().questions());
        Question first = questions.get(0);
        questions.set(0, new Question(first.key(), first.type(), new LocalizedText("Bliver du mødt med respekt hver dag?", "Are you met with respect every day?"),
            first.easyRead(), first.help(), first.required(), first.offersDontKnow(), first.point(), first.choices(), first.maxLength(),
            first.showIf(), first.image()));
        AuthoredSurvey edited = authoring.replaceDraft(ORG, "edited", drafted.lock(), withQuestions(draft.definition(), questions));
        SurveyAuthoring.Published second = authoring.publish(ORG, "edited", edited.lock());

        assertThat(second.version().number()).isEqualTo(2);
        assertThat(second.changes().added()).isEmpty();
        assertThat(second.changes().removed()).isEmpty();
        assertThat(second.changes().changed()).singleElement().satisfies(change -> {
            assertThat(change.key()).isEqualTo(first.key());
            assertThat(change.aspects()).containsExactly(QuestionAspect.TEXT);
        });
        AuthoredSurvey after = authoring.require(ORG, "edited");
        assertThat(after.published()).hasSize(2);
        assertThat(after.version(1).orElseThrow().definition().questions().get(0).text().da())
            .as("the published version 1 is unchanged").isEqualTo(first.text().da());
    }

    @Test
    void anEditBasedOnAStaleVersionIsRefusedAndTheOtherEditStays() {
        AuthoredSurvey created = authoring.create(ORG, SurveyAuthoring.withId(slagelseDefault(), "two-editors"));
        SurveyDefinition draft = created.draft().orElseThrow().definition();
        long readByBoth = created.lock();

        authoring.replaceDraft(ORG, "two-editors", readByBoth, withQuestions(draft, draft.questions().subList(0, 3)));
        AuthoringProblem stale = catchThrowableOfType(AuthoringProblem.class,
            () -> authoring.replaceDraft(ORG, "two-editors", readByBoth, withQuestions(draft, draft.questions().subList(0, 5))));

        assertThat(stale.kind()).isEqualTo(AuthoringProblem.Kind.STALE);
        assertThat(authoring.require(ORG, "two-editors").draft().orElseThrow().definition().questions()).hasSize(3);
    }

    @Test
    void aDraftTheCheckRefusesCannotBePublished() {
        SurveyDefinition empty = new SurveyDefinition("refused", SurveyKind.SATISFACTION, LocalizedText.danish("Tom"), null, 5,
            "slagelse-2024-2030", List.of("borger"), false, List.of());
        AuthoredSurvey created = authoring.create(ORG, empty);

        AuthoringProblem refused = catchThrowableOfType(AuthoringProblem.class, () -> authoring.publish(ORG, "refused", created.lock()));

        assertThat(refused.kind()).isEqualTo(AuthoringProblem.Kind.REFUSED);
        assertThat(refused.report().errorCodes()).contains("survey.questionsMissing", "survey.danishTextMissing");
        assertThat(authoring.require(ORG, "refused").published()).isEmpty();
    }

    @Test
    void aDraftThatChangedNothingIsNotPublishedAsANewVersion() {
        AuthoredSurvey created = authoring.create(ORG, SurveyAuthoring.withId(slagelseDefault(), "unchanged"));
        AuthoredSurvey published = authoring.publish(ORG, "unchanged", created.lock()).survey();
        AuthoredSurvey drafted = authoring.startDraft(ORG, "unchanged", published.lock());

        AuthoringProblem unchanged = catchThrowableOfType(AuthoringProblem.class, () -> authoring.publish(ORG, "unchanged", drafted.lock()));

        assertThat(unchanged.kind()).isEqualTo(AuthoringProblem.Kind.UNCHANGED);
    }

    @Test
    void aSurveyHasOneDraftAtATimeAndAnIdOnce() {
        AuthoredSurvey created = authoring.create(ORG, SurveyAuthoring.withId(slagelseDefault(), "once"));

        assertThat(catchThrowableOfType(AuthoringProblem.class, () -> authoring.create(ORG, SurveyAuthoring.withId(slagelseDefault(), "once"))).kind())
            .isEqualTo(AuthoringProblem.Kind.ID_TAKEN);
        assertThat(catchThrowableOfType(AuthoringProblem.class, () -> authoring.startDraft(ORG, "once", created.lock())).kind())
            .isEqualTo(AuthoringProblem.Kind.DRAFT_EXISTS);
        assertThat(authoring.find("midtjylland", "once")).as("another organisation does not see it").isEmpty();
    }

    @Test
    void discardingTheDraftOfAPublishedSurveyKeepsThePublishedVersion() {
        AuthoredSurvey created = authoring.create(ORG, SurveyAuthoring.withId(slagelseDefault(), "discarded"));
        AuthoredSurvey published = authoring.publish(ORG, "discarded", created.lock()).survey();
        AuthoredSurvey drafted = authoring.startDraft(ORG, "discarded", published.lock());

        AuthoredSurvey after = authoring.discardDraft(ORG, "discarded", drafted.lock()).orElseThrow();

        assertThat(after.versions()).singleElement().satisfies(version -> assertThat(version.isDraft()).isFalse());
    }

    private SurveyDefinition slagelseDefault() {
        return defaults.forFramework("slagelse-2024-2030").get(0);
    }

    static SurveyDefinition withQuestions(SurveyDefinition survey, List<Question> questions) {
        return new SurveyDefinition(survey.id(), survey.kind(), survey.title(), survey.intro(), survey.minutes(), survey.framework(),
            survey.respondentRoles(), survey.allowsThreeStepScales(), questions);
    }
}
