package dk.borgerstemme.survey.definition;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StepLabelsTest {

    private static Question withLabels(QuestionType type, StepLabel... labels) {
        Question plain = SurveyFixture.scored("hvor-ofte", type).build();
        return new Question(plain.key(), plain.type(), plain.text(), plain.easyRead(), plain.help(), plain.required(), plain.offersDontKnow(),
            plain.point(), plain.choices(), plain.maxLength(), plain.showIf(), plain.image(), List.of(labels));
    }

    @Test
    void aQuestionsOwnStepLabelsReplaceTheScalesAndTheThreeStepVariantKeepsItsOwn() {
        Question question = withLabels(QuestionType.AGREEMENT_5, new StepLabel("1", SurveyFixture.text("Aldrig", "Never")),
            new StepLabel("5", SurveyFixture.text("Altid", "Always")));
        SurveyDefinition survey = SurveyFixture.survey(question);
        SurveyDefinition allowingThreeSteps = new SurveyDefinition(survey.id(), survey.kind(), survey.title(), survey.intro(), survey.minutes(),
            survey.framework(), survey.respondentRoles(), true, survey.questions());

        assertThat(survey.stepsFor(question, false)).extracting(step -> step.label().da())
            .containsExactly("Aldrig", "Uenig", "Hverken enig eller uenig", "Enig", "Altid");
        assertThat(allowingThreeSteps.stepsFor(question, true)).extracting(step -> step.label().da()).containsExactly("Uenig", "Midt imellem", "Enig");
        assertThat(SurveyFixture.check().check(survey).errors()).isEmpty();
    }

    @Test
    void aStepLabelWithoutDanishOrForAStepTheScaleLacksIsRefused() {
        Question question = withLabels(QuestionType.SMILEY_3, new StepLabel("2", SurveyFixture.text(" ", "In between")),
            new StepLabel("4", SurveyFixture.text("Fire", "Four")));

        assertThat(SurveyFixture.check().check(SurveyFixture.survey(question)).errorCodes())
            .contains("question.stepLabelMissing", "question.stepLabelNotOnScale");
    }

    @Test
    void stepLabelsOnAnUnscoredQuestionAreRefusedAndChangedLabelsBreakTheComparison() {
        Question freeText = SurveyFixture.freeText("andet", 500).build();
        Question labelled = new Question(freeText.key(), freeText.type(), freeText.text(), freeText.easyRead(), freeText.help(), false, false,
            null, List.of(), 500, null, null, List.of(new StepLabel("1", SurveyFixture.text("En", "One"))));
        assertThat(SurveyFixture.check().check(SurveyFixture.survey(labelled)).errorCodes()).contains("question.notForType");

        Question before = withLabels(QuestionType.AGREEMENT_5);
        Question after = withLabels(QuestionType.AGREEMENT_5, new StepLabel("5", SurveyFixture.text("Altid", "Always")));
        assertThat(SurveyChanges.between(SurveyFixture.survey(before), SurveyFixture.survey(after)).changed())
            .singleElement().satisfies(change -> {
                assertThat(change.aspects()).containsExactly(QuestionAspect.STEP_LABELS);
                assertThat(change.comparable()).isFalse();
            });
    }

    @Test
    void aSurveyFileMayGiveAQuestionItsOwnStepLabels() {
        List<String> problems = new java.util.ArrayList<>();
        String yaml = """
            id: labelled
            kind: complaint-handling
            title: Klage
            intro: Om din klage
            minutes: 2
            respondentRoles: [borger]
            questions:
              - key: hvor-ofte
                type: agreement-5
                text: Hvor ofte?
                labels:
                  - value: 1
                    label: {da: Aldrig, en: Never}
            """;

        SurveyDefinition survey = SurveyDefinitionReader.read("labelled.yml", yaml, problems).orElseThrow();

        assertThat(problems).isEmpty();
        assertThat(survey.questions().get(0).labels()).containsExactly(new StepLabel("1", SurveyFixture.text("Aldrig", "Never")));
    }
}
