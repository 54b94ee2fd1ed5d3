package dk.borgerstemme.survey.wave;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

import java.time.LocalDate;

@MappedEntity("survey")
public record SurveyRow(@Id @GeneratedValue Long id, String organisation, String slug, LocalDate createdOn, @Version Long version) {
}
