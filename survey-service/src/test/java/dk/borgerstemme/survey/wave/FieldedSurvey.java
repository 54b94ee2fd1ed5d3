package dk.borgerstemme.survey.wave;

import dk.borgerstemme.survey.definition.DefaultSurveys;
import dk.borgerstemme.survey.definition.SurveyDefinition;
import io.micronaut.serde.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;

/** Test fixture: Slagelse's default satisfaction survey stored and published, as an administrator leaves it. */
public final class FieldedSurvey {

    private FieldedSurvey() {
    }

    public static SurveyVersionRow publishedSlagelseSurvey(DefaultSurveys defaults, SurveyRepositories.Surveys surveys,
                                                          SurveyRepositories.Versions versions, ObjectMapper json) {
        SurveyDefinition definition = defaults.forFramework("slagelse-2024-2030").get(0);
        LocalDate today = LocalDate.now();
        SurveyRow survey = surveys.findByOrganisationAndSlug("slagelse", definition.id())
            .orElseGet(() -> surveys.save(new SurveyRow(null, "slagelse", definition.id(), today, null)));
        try {
            return versions.save(new SurveyVersionRow(null, survey.id(), versions.highestNumber(survey.id()) + 1,
                json.writeValueAsString(definition), today));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
