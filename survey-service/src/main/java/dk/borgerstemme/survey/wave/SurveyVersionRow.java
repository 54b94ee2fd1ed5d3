package dk.borgerstemme.survey.wave;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.LocalDate;

/** A stored survey version: its definition as JSON, exactly as respondents of its waves saw it. */
@MappedEntity("survey_version")
public record SurveyVersionRow(@Id @GeneratedValue Long id, Long surveyId, int number, String definition, @Nullable LocalDate publishedOn) {
}
