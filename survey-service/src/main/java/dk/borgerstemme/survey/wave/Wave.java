package dk.borgerstemme.survey.wave;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

import java.time.LocalDate;

/** A survey version fielded for a period (a måling). Its units and roles are kept beside it. */
@MappedEntity("wave")
public record Wave(
    @Id @GeneratedValue Long id,
    String organisation,
    Long surveyVersionId,
    String name,
    LocalDate opensOn,
    LocalDate closesOn,
    @Version Long version) {

    public boolean isOpenOn(LocalDate day) {
        return !day.isBefore(opensOn) && !day.isAfter(closesOn);
    }
}
