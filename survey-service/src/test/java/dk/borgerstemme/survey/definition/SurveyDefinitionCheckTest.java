package dk.borgerstemme.survey.definition;

import dk.borgerstemme.platform.catalogue.LocalizedText;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import static dk.borgerstemme.survey.definition.SurveyFixture.COMPLAINTS_POINT;
import static dk.borgerstemme.survey.definition.SurveyFixture.choices;
import static dk.borgerstemme.survey.definition.SurveyFixture.complaintSurvey;
import static dk.borgerstemme.survey.definition.SurveyFixture.freeText;
import static dk.borgerstemme.survey.definition.SurveyFixture.question;
import static dk.borgerstemme.survey.definition.SurveyFixture.scored;
import static dk.borgerstemme.survey.definition.SurveyFixture.survey;
import static dk.borgerstemme.survey.definition.SurveyFixture.text;
import static org.assertj.core.api.Assertions.assertThat;

class SurveyDefinitionCheckTest {

    private final Question smiley = scored("glad", QuestionType.SMILEY_5).dontKnow().build();
    private final Question comment = freeText("andet", 1000).build();

    @Test
    void aWellMadeSurveyHasNothingToRefuseOrWarnAbout() {
        CheckReport report = check(survey(smiley,
            scored("enig", QuestionType.AGREEMENT_5).help(text("Tænk på det seneste år.", "Think of the last year.")).build(),
            scored("ja-nej", QuestionType.YES_NO).build(),
            scored("nul-ti", QuestionType.SCALE_0_10).build(),
            scored("tre", QuestionType.SMILEY_3).build(),
            choices("bolig", QuestionType.SINGLE_CHOICE, "botilbud", "eget-hjem").build(),
            choices("aktiviteter", QuestionType.MULTIPLE_CHOICE, "sport", "musik").showIf("bolig", "botilbud").build(),
            freeText("hvad-mangler", 500).showIf("glad", "1", "2", DontKnow.VALUE).build(),
            comment));

        assertThat(report.errors()).isEmpty();
        assertThat(report.warnings()).isEmpty();
        assertThat(report.isPublishable()).isTrue();
    }

    @Test
    void messagesNameTheQuestionAndCarryAStableCode() {
        CheckFinding finding = check(survey(scored("glad", QuestionType.SMILEY_5).point(null).build())).errors().get(0);

        assertThat(finding.code()).isEqualTo("question.pointMissing");
        assertThat(finding.questionKey()).isEqualTo("glad");
        assertThat(finding.message()).isEqualTo("Question glad: a scored question must be tagged with a measurement point of test-framework");
    }

    @Test
    void aSurveyNeedsAnId() {
        assertRefused(withId(survey(smiley), "Min Undersøgelse"), "survey.idInvalid", null);
    }

    @Test
    void aSurveyNeedsAKind() {
        SurveyDefinition survey = survey(smiley);
        assertRefused(new SurveyDefinition(survey.id(), null, survey.title(), survey.intro(), survey.minutes(), survey.framework(),
            survey.respondentRoles(), true, survey.questions()), "survey.kindMissing", null);
    }

    @Test
    void aSurveyNeedsADanishTitleAndIntro() {
        SurveyDefinition survey = survey(smiley);
        SurveyDefinition untitled = new SurveyDefinition(survey.id(), survey.kind(), new LocalizedText(" ", "Title"), null,
            survey.minutes(), survey.framework(), survey.respondentRoles(), true, survey.questions());

        assertThat(check(untitled).errorCodes()).containsExactly("survey.danishTextMissing", "survey.danishTextMissing");
        assertThat(check(untitled).errors()).extracting(CheckFinding::message)
            .containsExactly("Survey testundersoegelse: has no Danish title", "Survey testundersoegelse: has no Danish intro");
    }

    @Test
    void aSurveySaysHowLongItTakes() {
        SurveyDefinition survey = survey(smiley);
        assertRefused(new SurveyDefinition(survey.id(), survey.kind(), survey.title(), survey.intro(), 0, survey.framework(),
            survey.respondentRoles(), true, survey.questions()), "survey.minutesMissing", null);
    }

    @Test
    void aSurveyIsMeantForAtLeastOneRespondentRoleNamedByItsId() {
        SurveyDefinition survey = survey(smiley);
        assertRefused(new SurveyDefinition(survey.id(), survey.kind(), survey.title(), survey.intro(), 5, survey.framework(),
            List.of(), true, survey.questions()), "survey.respondentRolesMissing", null);
        assertRefused(new SurveyDefinition(survey.id(), survey.kind(), survey.title(), survey.intro(), 5, survey.framework(),
            List.of("Pårørende"), true, survey.questions()), "survey.respondentRoleInvalid", null);
    }

    @Test
    void aSurveyHasQuestions() {
        assertRefused(survey(), "survey.questionsMissing", null);
    }

    @Test
    void aSatisfactionSurveyTargetsAFramework() {
        SurveyDefinition survey = survey(question("glad", QuestionType.SMILEY_5).build());
        assertRefused(withFramework(survey, null), "survey.frameworkRequired", null);
    }

    @Test
    void theFrameworkMustBeKnown() {
        assertRefused(withFramework(survey(smiley), "ukendt-ramme"), "survey.frameworkUnknown", null);
    }

    @Test
    void onlyAComplaintHandlingSurveyMayTargetNoFrameworkAndThenItsScoredQuestionsAreUntagged() {
        CheckReport report = check(complaintSurvey(question("let-at-klage", QuestionType.AGREEMENT_5).dontKnow().build(), comment));

        assertThat(report.errors()).isEmpty();
        assertThat(report.warnings()).isEmpty();
    }

    @Test
    void aComplaintHandlingSurveyThatTargetsAFrameworkFollowsItsRules() {
        SurveyDefinition tagged = withFramework(complaintSurvey(scored("let-at-klage", QuestionType.AGREEMENT_5).build()), SurveyFixture.FRAMEWORK);
        SurveyDefinition untagged = withFramework(complaintSurvey(question("let-at-klage", QuestionType.AGREEMENT_5).build()), SurveyFixture.FRAMEWORK);

        assertThat(check(tagged).errors()).isEmpty();
        assertRefused(untagged, "question.pointMissing", "let-at-klage");
    }

    @Test
    void aQuestionKeyIsAnId() {
        assertRefused(survey(scored("Glad?", QuestionType.SMILEY_5).build()), "question.keyInvalid", "Glad?");
        assertThat(check(survey(scored(null, QuestionType.SMILEY_5).build())).errors().get(0).message())
            .startsWith("Question number 1: the key must be");
    }

    @Test
    void keysAreUnique() {
        assertRefused(survey(smiley, scored("glad", QuestionType.AGREEMENT_5).build()), "question.duplicateKey", "glad");
    }

    @Test
    void aQuestionHasAType() {
        assertRefused(survey(scored("glad", null).build()), "question.typeMissing", "glad");
    }

    @Test
    void aQuestionWithoutDanishTextIsRefused() {
        assertRefused(survey(scored("glad", QuestionType.SMILEY_5).questionText(null).build()), "question.danishTextMissing", "glad");
        assertRefused(survey(scored("glad", QuestionType.SMILEY_5).questionText(new LocalizedText("", "Happy?")).build()),
            "question.danishTextMissing", "glad");
    }

    @Test
    void anEasyReadOrHelpTextGivenOnlyInEnglishIsRefused() {
        assertRefused(survey(scored("glad", QuestionType.SMILEY_5).easyRead(new LocalizedText(" ", "Happy?")).build()),
            "question.danishTextMissing", "glad");
        assertRefused(survey(scored("glad", QuestionType.SMILEY_5).help(new LocalizedText("", "Think.")).build()),
            "question.danishTextMissing", "glad");
    }

    @Test
    void aScoredQuestionWithoutAMeasurementPointIsRefused() {
        assertRefused(survey(scored("glad", QuestionType.SMILEY_5).point(null).build()), "question.pointMissing", "glad");
    }

    @Test
    void aMeasurementPointMustBeInTheSurveysFramework() {
        assertRefused(survey(scored("glad", QuestionType.SMILEY_5).point("god-servicekultur").build()), "question.pointUnknown", "glad");
    }

    @Test
    void aPointOnASurveyWithoutFrameworkIsRefused() {
        assertRefused(complaintSurvey(scored("glad", QuestionType.SMILEY_5).build()), "question.pointWithoutFramework", "glad");
    }

    @Test
    void choicesAndFreeTextFeedNoMeasurementPoint() {
        assertRefused(survey(choices("bolig", QuestionType.SINGLE_CHOICE, "a", "b").point(SurveyFixture.SURVEY_POINT).build()),
            "question.pointOnUnscoredType", "bolig");
        assertRefused(survey(freeText("andet", 100).point(SurveyFixture.SURVEY_POINT).build()), "question.pointOnUnscoredType", "andet");
    }

    @Test
    void aPointNotMarkedAsFedBySurveysIsAWarning() {
        CheckReport report = check(survey(scored("glad", QuestionType.SMILEY_5).point(COMPLAINTS_POINT).build()));

        assertThat(report.errors()).isEmpty();
        assertThat(report.warningCodes()).containsExactly("question.pointNotFedBySurvey");
    }

    @Test
    void partsThatTheTypeDoesNotUseAreRefused() {
        assertRefused(survey(scored("glad", QuestionType.SMILEY_5).choices(new Choice("a", text("A", "A"))).build()), "question.notForType", "glad");
        assertRefused(survey(scored("glad", QuestionType.SMILEY_5).maxLength(100).build()), "question.notForType", "glad");
        assertRefused(survey(freeText("andet", 100).dontKnow().build()), "question.notForType", "andet");
        assertRefused(survey(choices("bolig", QuestionType.SINGLE_CHOICE, "a", "b").dontKnow().build()), "question.notForType", "bolig");
    }

    @Test
    void aChoiceQuestionOffersAtLeastTwoChoices() {
        assertRefused(survey(choices("bolig", QuestionType.SINGLE_CHOICE, "botilbud").build()), "question.choicesMissing", "bolig");
        assertRefused(survey(choices("aktiviteter", QuestionType.MULTIPLE_CHOICE).build()), "question.choicesMissing", "aktiviteter");
    }

    @Test
    void aChoiceWithoutALabelIsRefused() {
        Question question = question("bolig", QuestionType.SINGLE_CHOICE)
            .choices(new Choice("botilbud", text("Botilbud", "Residential facility")), new Choice("eget-hjem", null))
            .build();
        assertRefused(survey(question), "question.choiceLabelMissing", "bolig");
        assertRefused(survey(question("bolig", QuestionType.SINGLE_CHOICE)
            .choices(new Choice("botilbud", text("Botilbud", "Residential facility")), new Choice("eget-hjem", new LocalizedText(" ", "Own home")))
            .build()), "question.choiceLabelMissing", "bolig");
    }

    @Test
    void aChoiceValueIsAnIdAndNotTheDontKnowValue() {
        assertRefused(survey(choices("bolig", QuestionType.SINGLE_CHOICE, "botilbud", "Eget hjem").build()), "question.choiceValueInvalid", "bolig");
        assertRefused(survey(choices("bolig", QuestionType.SINGLE_CHOICE, "botilbud", DontKnow.VALUE).build()), "question.choiceValueInvalid", "bolig");
    }

    @Test
    void aChoiceIsOfferedOnce() {
        assertRefused(survey(choices("bolig", QuestionType.SINGLE_CHOICE, "botilbud", "botilbud").build()), "question.duplicateChoice", "bolig");
    }

    @Test
    void aFreeTextQuestionHasAMaximumLengthOfAtMostTwoThousand() {
        assertRefused(survey(freeText("andet", 100).maxLength(null).build()), "question.maxLengthMissing", "andet");
        assertRefused(survey(freeText("andet", 2001).build()), "question.maxLengthOutOfRange", "andet");
        assertRefused(survey(freeText("andet", 0).build()), "question.maxLengthOutOfRange", "andet");
        assertThat(check(survey(freeText("andet", 2000).build())).errors()).isEmpty();
    }

    @Test
    void anImageWithoutATextAlternativeIsRefused() {
        assertRefused(survey(scored("glad", QuestionType.SMILEY_5).image("/assets/billeder/have.jpg", null).build()),
            "question.imageAltMissing", "glad");
        assertRefused(survey(scored("glad", QuestionType.SMILEY_5).image("/assets/billeder/have.jpg", new LocalizedText("", "A garden")).build()),
            "question.imageAltMissing", "glad");
        assertThat(check(survey(scored("glad", QuestionType.SMILEY_5)
            .image("/assets/billeder/have.jpg", text("Haven ved bostedet", "The garden at the home")).build())).errors()).isEmpty();
    }

    @Test
    void anImageNeedsAnAddress() {
        assertRefused(survey(scored("glad", QuestionType.SMILEY_5).image(" ", text("Haven", "The garden")).build()),
            "question.imageSourceMissing", "glad");
    }

    @Test
    void aShowIfMustPointAtAQuestionTheSurveyHas() {
        assertRefused(survey(smiley, freeText("hvorfor", 500).showIf("ukendt", "1").build()), "question.showIfUnknownQuestion", "hvorfor");
    }

    @Test
    void aShowIfCanOnlyLookBack() {
        assertRefused(survey(freeText("hvorfor", 500).showIf("glad", "1").build(), smiley), "question.showIfNotEarlier", "hvorfor");
        assertRefused(survey(freeText("hvorfor", 500).showIf("hvorfor", "x").build()), "question.showIfNotEarlier", "hvorfor");
    }

    @Test
    void aShowIfMustNameAnswersTheEarlierQuestionOffers() {
        assertRefused(survey(smiley, freeText("hvorfor", 500).showIf("glad", "6").build()), "question.showIfValueNotOffered", "hvorfor");
        assertRefused(survey(smiley, freeText("hvorfor", 500).showIf("glad").build()), "question.showIfValueNotOffered", "hvorfor");
        assertRefused(survey(comment, freeText("hvorfor", 500).showIf("andet", "ja").build()), "question.showIfValueNotOffered", "hvorfor");
        assertRefused(survey(scored("glad", QuestionType.SMILEY_5).build(), freeText("hvorfor", 500).showIf("glad", DontKnow.VALUE).build()),
            "question.showIfValueNotOffered", "hvorfor");
    }

    @Test
    void aRequiredQuestionThatMayBeHiddenMustLeaveTheRespondentAWayOn() {
        assertRefused(survey(smiley, scored("hvor-glad", QuestionType.SMILEY_5).showIf("glad", "5").required().build()),
            "question.requiredConditional", "hvor-glad");
        assertRefused(survey(smiley, freeText("hvorfor", 500).showIf("glad", "1").required().build()),
            "question.requiredConditional", "hvorfor");
        assertThat(check(survey(smiley, scored("hvor-glad", QuestionType.SMILEY_5).showIf("glad", "5").required().dontKnow().build()))
            .errors()).isEmpty();
        assertThat(check(survey(scored("glad", QuestionType.SMILEY_5).required().build())).errors()).isEmpty();
    }

    @Test
    void moreThanFifteenQuestionsIsAWarning() {
        List<Question> fifteen = IntStream.rangeClosed(1, 15).mapToObj(i -> scored("q" + i, QuestionType.SMILEY_5).build()).toList();
        List<Question> sixteen = new ArrayList<>(fifteen);
        sixteen.add(comment);

        assertThat(check(survey(fifteen.toArray(Question[]::new))).warnings()).isEmpty();
        CheckReport report = check(survey(sixteen.toArray(Question[]::new)));
        assertThat(report.errors()).isEmpty();
        assertThat(report.warningCodes()).containsExactly("survey.tooManyQuestions");
    }

    @Test
    void aSentenceOfMoreThanTwentyFiveWordsInAnyTextIsAWarning() {
        String twentyFive = String.join(" ", words(25)) + ".";
        String twentySix = String.join(" ", words(26)) + ".";

        assertThat(check(survey(scored("glad", QuestionType.SMILEY_5).help(text(twentyFive + " " + twentyFive, "Short.")).build())).warnings()).isEmpty();
        CheckReport report = check(survey(scored("glad", QuestionType.SMILEY_5).help(text("Kort. " + twentySix, "Short.")).build()));
        assertThat(report.warningCodes()).containsExactly("text.longSentence");
        assertThat(report.warnings().get(0).message()).isEqualTo(
            "Question glad: the Danish help text has a sentence of 26 words; keep sentences to 25 words or fewer");
    }

    @Test
    void longSentencesAreFoundInEveryTextOfTheSurveyInBothLanguages() {
        String longSentence = String.join(" ", words(30));
        Question everywhere = question("bolig", QuestionType.SINGLE_CHOICE)
            .questionText(text("Hvor bor du?", longSentence))
            .easyRead(text(longSentence, "Where?"))
            .help(text(longSentence, "Help."))
            .choices(new Choice("a", text(longSentence, "A")), new Choice("b", text("B", "B")))
            .image("/billede.jpg", text(longSentence, "Picture"))
            .build();
        SurveyDefinition survey = survey(everywhere);
        SurveyDefinition longIntro = new SurveyDefinition(survey.id(), survey.kind(), text(longSentence, "Title"),
            text("Intro.", longSentence), 5, survey.framework(), survey.respondentRoles(), true, survey.questions());

        assertThat(check(longIntro).warningCodes()).hasSize(7).containsOnly("text.longSentence");
    }

    @Test
    void aQuestionWithoutEasyReadTextIsAWarning() {
        CheckReport report = check(survey(scored("glad", QuestionType.SMILEY_5).easyRead(null).build()));

        assertThat(report.errors()).isEmpty();
        assertThat(report.warningCodes()).containsExactly("question.easyReadMissing");
    }

    @Test
    void missingEnglishIsAWarningForEveryTextThatLacksIt() {
        Question danishOnly = question("bolig", QuestionType.SINGLE_CHOICE)
            .questionText(LocalizedText.danish("Hvor bor du?"))
            .easyRead(LocalizedText.danish("Hvor bor du?"))
            .help(new LocalizedText("Vælg et svar.", " "))
            .choices(new Choice("a", LocalizedText.danish("A")), new Choice("b", text("B", "B")))
            .image("/billede.jpg", LocalizedText.danish("Et hus"))
            .build();
        SurveyDefinition survey = survey(danishOnly);
        SurveyDefinition danishTitle = new SurveyDefinition(survey.id(), survey.kind(), LocalizedText.danish("Titel"),
            survey.intro(), 5, survey.framework(), survey.respondentRoles(), true, survey.questions());

        CheckReport report = check(danishTitle);
        assertThat(report.errors()).isEmpty();
        assertThat(report.warnings()).extracting(CheckFinding::message).containsExactly(
            "Survey testundersoegelse: has no English title; English readers will see the Danish",
            "Question bolig: has no English text; English readers will see the Danish",
            "Question bolig: has no English easy-read text; English readers will see the Danish",
            "Question bolig: has no English help text; English readers will see the Danish",
            "Question bolig: has no English label of choice a; English readers will see the Danish",
            "Question bolig: has no English image alt text; English readers will see the Danish");
    }

    @Test
    void everyRuleIsEitherAnErrorOrAWarningWithItsOwnCode() {
        assertThat(CheckRule.values()).extracting(CheckRule::code).doesNotHaveDuplicates()
            .allSatisfy(code -> assertThat(code).matches("(survey|question|text)\\.[a-z][A-Za-z]+"));
        assertThat(Arrays.stream(CheckRule.values()).filter(rule -> !rule.refuses()).map(CheckRule::code)).containsExactlyInAnyOrder(
            "survey.tooManyQuestions", "text.longSentence", "question.easyReadMissing", "text.englishMissing", "question.pointNotFedBySurvey");
    }

    @Test
    void everyRuleIsExplainedInTheSurveyDocumentation() throws IOException {
        String documentation = Files.readString(Path.of("..", "docs", "surveys.md"));

        assertThat(CheckRule.values()).allSatisfy(rule -> assertThat(documentation).contains("`" + rule.code() + "`"));
    }

    private static CheckReport check(SurveyDefinition survey) {
        return SurveyFixture.check().check(survey);
    }

    private static void assertRefused(SurveyDefinition survey, String code, String questionKey) {
        CheckReport report = check(survey);
        assertThat(report.isPublishable()).isFalse();
        assertThat(report.errorCodes()).containsExactly(code);
        assertThat(report.errors().get(0).questionKey()).isEqualTo(questionKey);
    }

    private static SurveyDefinition withId(SurveyDefinition survey, String id) {
        return new SurveyDefinition(id, survey.kind(), survey.title(), survey.intro(), survey.minutes(), survey.framework(),
            survey.respondentRoles(), survey.allowsThreeStepScales(), survey.questions());
    }

    private static SurveyDefinition withFramework(SurveyDefinition survey, String framework) {
        return new SurveyDefinition(survey.id(), survey.kind(), survey.title(), survey.intro(), survey.minutes(), framework,
            survey.respondentRoles(), survey.allowsThreeStepScales(), survey.questions());
    }

    private static List<String> words(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> "ord").toList();
    }
}
