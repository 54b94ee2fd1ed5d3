package dk.borgerstemme.survey.definition;

import io.micronaut.serde.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SurveyDefinitionJsonTest {

    private static ObjectMapper.CloseableObjectMapper json;

    @BeforeAll
    static void startTheSerdeMapper() {
        json = ObjectMapper.create(Map.of(), "dk.borgerstemme.survey.definition");
    }

    @AfterAll
    static void stopTheSerdeMapper() {
        json.close();
    }

    @Test
    void aShippedSurveyTravelsAsJsonAndComesBackTheSame() throws IOException {
        SurveyDefinition survey = SurveyFixture.survey(
            SurveyFixture.scored("glad", QuestionType.SMILEY_5).dontKnow().image("/glad.png", SurveyFixture.text("Glad", "Happy")).build(),
            SurveyFixture.choices("bolig", QuestionType.SINGLE_CHOICE, "a", "b").showIf("glad", "5").build(),
            SurveyFixture.freeText("andet", 500).build());

        String written = json.writeValueAsString(survey);

        assertThat(written).contains("\"type\":\"SMILEY_5\"", "\"da\":\"Spørgsmål glad?\"", "\"anyOf\":[\"5\"]");
        assertThat(json.readValue(written, SurveyDefinition.class)).isEqualTo(survey);
    }

    @Test
    void theScaleStepsAndTheCheckReportTravelAsJson() throws IOException {
        assertThat(json.writeValueAsString(Scale.SMILEY_5_IN_THREE_STEPS))
            .contains("\"value\":\"5\"", "\"face\":\"HAPPY\"", "\"positive\":true");
        CheckReport report = SurveyFixture.check().check(SurveyFixture.survey(SurveyFixture.freeText("andet", 5000).build()));
        assertThat(json.writeValueAsString(report)).contains("\"code\":\"question.maxLengthOutOfRange\"", "\"questionKey\":\"andet\"");
    }
}
