package dk.borgerstemme.survey.definition;

import dk.borgerstemme.platform.catalogue.Framework;
import dk.borgerstemme.platform.catalogue.LocalizedText;
import dk.borgerstemme.platform.catalogue.MeasurementPoint;
import dk.borgerstemme.platform.catalogue.StrategyTrack;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Surveys and questions for the tests: a valid survey with nothing to warn about, changed one thing at a time. */
final class SurveyFixture {

    static final String FRAMEWORK = "test-framework";
    static final String SURVEY_POINT = "oplevet-kvalitet";
    static final String OTHER_SURVEY_POINT = "selvbestemmelse";
    static final String COMPLAINTS_POINT = "klager";

    private SurveyFixture() {
    }

    static Framework framework() {
        return new Framework(FRAMEWORK, text("Testramme", "Test framework"), List.of(
            new StrategyTrack("kvalitet", text("Kvalitet", "Quality"), List.of(
                new MeasurementPoint(SURVEY_POINT, text("Oplevet kvalitet", "Perceived quality"), true, List.of(MeasurementPoint.SURVEY)),
                new MeasurementPoint(OTHER_SURVEY_POINT, text("Selvbestemmelse", "Self-determination"), true, List.of(MeasurementPoint.SURVEY)),
                new MeasurementPoint(COMPLAINTS_POINT, text("Klager", "Complaints"), true, List.of(MeasurementPoint.COMPLAINTS))))));
    }

    static SurveyDefinitionCheck check() {
        return new SurveyDefinitionCheck(id -> FRAMEWORK.equals(id) ? Optional.of(framework()) : Optional.empty());
    }

    static SurveyDefinition survey(Question... questions) {
        return new SurveyDefinition("testundersoegelse", SurveyKind.SATISFACTION,
            text("Hvad synes du?", "What do you think?"),
            text("Det tager fem minutter.", "It takes five minutes."),
            5, FRAMEWORK, List.of("borger"), true, List.of(questions));
    }

    static SurveyDefinition complaintSurvey(Question... questions) {
        SurveyDefinition survey = survey(questions);
        return new SurveyDefinition(survey.id(), SurveyKind.COMPLAINT_HANDLING, survey.title(), survey.intro(), survey.minutes(),
            null, survey.respondentRoles(), survey.allowsThreeStepScales(), survey.questions());
    }

    static QuestionBuilder question(String key, QuestionType type) {
        return new QuestionBuilder(key, type);
    }

    static QuestionBuilder scored(String key, QuestionType type) {
        return question(key, type).point(SURVEY_POINT);
    }

    static QuestionBuilder choices(String key, QuestionType type, String... values) {
        return question(key, type).choices(Arrays.stream(values)
            .map(value -> new Choice(value, text("Svar " + value, "Answer " + value)))
            .toArray(Choice[]::new));
    }

    static QuestionBuilder freeText(String key, int maxLength) {
        return question(key, QuestionType.FREE_TEXT).maxLength(maxLength);
    }

    static LocalizedText text(String da, String en) {
        return new LocalizedText(da, en);
    }

    static Map<String, List<String>> answers(String... keysAndValues) {
        Map<String, List<String>> answers = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            answers.computeIfAbsent(keysAndValues[i], key -> new ArrayList<>()).add(keysAndValues[i + 1]);
        }
        return answers;
    }

    /** A question with Danish and English text and an easy-read text, changed one part at a time. */
    static final class QuestionBuilder {

        private String key;
        private QuestionType type;
        private LocalizedText text;
        private LocalizedText easyRead = SurveyFixture.text("Let spørgsmål.", "Easy question.");
        private LocalizedText help;
        private boolean required;
        private boolean offersDontKnow;
        private String point;
        private List<Choice> choices = List.of();
        private Integer maxLength;
        private ShowIf showIf;
        private Image image;

        private QuestionBuilder(String key, QuestionType type) {
            this.key = key;
            this.type = type;
            this.text = SurveyFixture.text("Spørgsmål " + key + "?", "Question " + key + "?");
        }

        QuestionBuilder key(String key) {
            this.key = key;
            return this;
        }

        QuestionBuilder type(QuestionType type) {
            this.type = type;
            return this;
        }

        QuestionBuilder questionText(LocalizedText text) {
            this.text = text;
            return this;
        }

        QuestionBuilder easyRead(LocalizedText easyRead) {
            this.easyRead = easyRead;
            return this;
        }

        QuestionBuilder help(LocalizedText help) {
            this.help = help;
            return this;
        }

        QuestionBuilder required() {
            this.required = true;
            return this;
        }

        QuestionBuilder dontKnow() {
            this.offersDontKnow = true;
            return this;
        }

        QuestionBuilder point(String point) {
            this.point = point;
            return this;
        }

        QuestionBuilder choices(Choice... choices) {
            this.choices = List.of(choices);
            return this;
        }

        QuestionBuilder maxLength(Integer maxLength) {
            this.maxLength = maxLength;
            return this;
        }

        QuestionBuilder showIf(String question, String... anyOf) {
            this.showIf = new ShowIf(question, List.of(anyOf));
            return this;
        }

        QuestionBuilder image(String source, LocalizedText alt) {
            this.image = new Image(source, alt);
            return this;
        }

        Question build() {
            return new Question(key, type, text, easyRead, help, required, offersDontKnow, point, choices, maxLength, showIf, image);
        }
    }
}
