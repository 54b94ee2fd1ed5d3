package dk.borgerstemme.survey.definition;

import dk.borgerstemme.platform.catalogue.LocalizedText;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class SurveyDefinitionReaderTest {

    static final String MINIMAL = """
        id: test
        kind: satisfaction
        framework: test-framework
        title: {da: "Hvad synes du?", en: "What do you think?"}
        intro: Det tager fem minutter.
        minutes: 5
        respondentRoles: [borger, paaroerende]
        allowsThreeStepScales: true
        questions:
          - key: glad
            type: smiley-5
            point: oplevet-kvalitet
            offersDontKnow: true
            required: true
            text: {da: "Er du glad?", en: "Are you happy?"}
            easyRead: {da: "Glad?", en: "Happy?"}
            help: {da: "Tænk på i dag.", en: "Think of today."}
            image: {source: /assets/glad.png, alt: {da: "En glad person", en: "A happy person"}}
          - key: bolig
            type: single-choice
            text: Hvor bor du?
            choices:
              - {value: botilbud, label: {da: "Botilbud", en: "Residential facility"}}
              - {value: 2, label: Eget hjem}
          - key: hvorfor
            type: free-text
            maxLength: 500
            showIf: {question: glad, anyOf: [1, 2]}
            text: Hvorfor?
        """;

    @Test
    void aSurveyFileIsReadWithEveryField() {
        SurveyDefinition survey = read("test.yml", MINIMAL).orElseThrow();

        assertThat(survey.id()).isEqualTo("test");
        assertThat(survey.kind()).isEqualTo(SurveyKind.SATISFACTION);
        assertThat(survey.framework()).isEqualTo("test-framework");
        assertThat(survey.title()).isEqualTo(new LocalizedText("Hvad synes du?", "What do you think?"));
        assertThat(survey.intro()).isEqualTo(LocalizedText.danish("Det tager fem minutter."));
        assertThat(survey.minutes()).isEqualTo(5);
        assertThat(survey.respondentRoles()).containsExactly("borger", "paaroerende");
        assertThat(survey.allowsThreeStepScales()).isTrue();
        assertThat(survey.questions()).extracting(Question::key).containsExactly("glad", "bolig", "hvorfor");

        Question glad = survey.questions().get(0);
        assertThat(glad.type()).isEqualTo(QuestionType.SMILEY_5);
        assertThat(glad.point()).isEqualTo("oplevet-kvalitet");
        assertThat(glad.required()).isTrue();
        assertThat(glad.offersDontKnow()).isTrue();
        assertThat(glad.easyRead().en()).isEqualTo("Happy?");
        assertThat(glad.help().da()).isEqualTo("Tænk på i dag.");
        assertThat(glad.image()).isEqualTo(new Image("/assets/glad.png", new LocalizedText("En glad person", "A happy person")));

        Question bolig = survey.questions().get(1);
        assertThat(bolig.choices()).extracting(Choice::value).containsExactly("botilbud", "2");
        assertThat(bolig.required()).isFalse();
        assertThat(bolig.text()).isEqualTo(LocalizedText.danish("Hvor bor du?"));

        Question hvorfor = survey.questions().get(2);
        assertThat(hvorfor.maxLength()).isEqualTo(500);
        assertThat(hvorfor.showIf()).isEqualTo(new ShowIf("glad", List.of("1", "2")));
    }

    @Test
    void whatIsLeftOutTakesItsDefault() {
        SurveyDefinition survey = read("test.yml", MINIMAL.replace("allowsThreeStepScales: true\n", "").replace("framework: test-framework\n", ""))
            .orElseThrow();

        assertThat(survey.allowsThreeStepScales()).isFalse();
        assertThat(survey.framework()).isNull();
        assertThat(survey.questions().get(2).point()).isNull();
        assertThat(survey.questions().get(2).easyRead()).isNull();
    }

    @Test
    void theIdMustMatchTheFileName() {
        assertThat(problems("andet-navn.yml", MINIMAL)).containsExactly(
            "andet-navn.yml: id: must be andet-navn to match the file name andet-navn.yml, was test");
    }

    @Test
    void anUnknownKeyIsReportedWithItsPathSinceItIsNearlyAlwaysATypo() {
        assertThat(problems(MINIMAL.replace("offersDontKnow: true", "offerDontKnow: true"))).containsExactly(
            "test.yml: questions[0].offerDontKnow: unknown key, expected one of key, type, text, easyRead, help, required, "
                + "offersDontKnow, point, choices, maxLength, showIf, image, labels");
    }

    @Test
    void anUnknownQuestionTypeListsTheTypesThereAre() {
        assertThat(problems(MINIMAL.replace("type: smiley-5", "type: smiley"))).containsExactly(
            "test.yml: questions[0].type: must be one of smiley-3, smiley-5, agreement-5, yes-no, scale-0-10, single-choice, "
                + "multiple-choice, free-text, was smiley");
    }

    @Test
    void everyMissingRequiredFieldIsReportedAtOnce() {
        assertThat(problems("id: test\nquestions:\n  - type: yes-no\n")).containsExactly(
            "test.yml: kind: is required",
            "test.yml: title: is required",
            "test.yml: intro: is required",
            "test.yml: minutes: is required",
            "test.yml: respondentRoles: is required",
            "test.yml: questions[0].key: is required",
            "test.yml: questions[0].text: is required");
    }

    @Test
    void aWordThatYamlWouldTurnIntoSomethingElseMustBeQuoted() {
        assertThat(problems(MINIMAL.replace("label: Eget hjem", "label: no"))).containsExactly(
            "test.yml: questions[1].choices[1].label: must be text, was false; put it in quotes so YAML keeps it as written");
        assertThat(problems(MINIMAL.replace("label: Eget hjem", "label: 'no'"))).isEmpty();
    }

    @Test
    void numbersAndFlagsMustBeWhatTheySay() {
        assertThat(problems(MINIMAL.replace("minutes: 5", "minutes: fem").replace("required: true", "required: ja"))).containsExactly(
            "test.yml: minutes: must be a whole number from 1 to 120, was fem",
            "test.yml: questions[0].required: must be true or false, was ja");
    }

    @Test
    void invalidYamlIsReportedWithItsLineAndColumn() {
        assertThat(problems("id: test\nkind: satisfaction\n  title: x: y\n")).singleElement().asString()
            .startsWith("test.yml: line 3, column ");
    }

    @Test
    void aKeyWrittenTwiceIsRefusedRatherThanSilentlyOverwritten() {
        assertThat(problems(MINIMAL.replace("minutes: 5", "minutes: 5\nminutes: 6"))).singleElement().asString()
            .startsWith("test.yml: line 7, column 1: found duplicate key minutes");
    }

    @Test
    void aFileCannotMakeJavaObjects() {
        assertThat(problems("id: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://example.org\"]]]]\n"))
            .singleElement().asString().startsWith("test.yml: line 1, column 5: Global tag is not allowed");
    }

    @Test
    void aFileThatIsNotAMappingIsRefused() {
        assertThat(problems("- glad\n- trist\n")).containsExactly("test.yml: (file): must be a mapping of keys to values, was a list");
        assertThat(problems("")).containsExactly("test.yml: (file): must be a mapping of keys to values, was empty");
    }

    private static Optional<SurveyDefinition> read(String fileName, String text) {
        List<String> problems = new ArrayList<>();
        Optional<SurveyDefinition> survey = SurveyDefinitionReader.read(fileName, text, problems);
        assertThat(problems).isEmpty();
        return survey;
    }

    private static List<String> problems(String text) {
        return problems("test.yml", text);
    }

    private static List<String> problems(String fileName, String text) {
        List<String> problems = new ArrayList<>();
        Optional<SurveyDefinition> survey = SurveyDefinitionReader.read(fileName, text, problems);
        assertThat(survey.isEmpty()).isEqualTo(!problems.isEmpty());
        return problems;
    }
}
