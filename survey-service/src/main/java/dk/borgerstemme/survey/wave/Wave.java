package dk.borgerstemme.survey.wave;

import io.micronaut.core.annotation.Creator;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

import java.time.LocalDate;

/**
 * A survey version fielded for a period (a måling). Its units and roles are kept beside it. An
 * administrator may close it before its end date; from the day it was closed its codes are refused as
 * after the end date.
 */
@MappedEntity("wave")
public record Wave(
    @Id @GeneratedValue Long id,
    String organisation,
    Long surveyVersionId,
    String name,
    LocalDate opensOn,
    LocalDate closesOn,
    @Nullable LocalDate closedOn,
    @Version Long version) {

    @Creator
    public Wave {
    }

    /** A wave that has not been closed early. */
    public Wave(Long id, String organisation, Long surveyVersionId, String name, LocalDate opensOn, LocalDate closesOn, Long version) {
        this(id, organisation, surveyVersionId, name, opensOn, closesOn, null, version);
    }

    public boolean isOpenOn(LocalDate day) {
        return !day.isBefore(opensOn) && !hasEndedBy(day);
    }

    /** True once the end date has passed or the wave was closed: its codes are refused as expired. */
    public boolean hasEndedBy(LocalDate day) {
        return day.isAfter(closesOn) || (closedOn != null && !day.isBefore(closedOn));
    }

    public boolean isClosedEarly() {
        return closedOn != null;
    }

    public Wave closedOn(LocalDate day) {
        return new Wave(id, organisation, surveyVersionId, name, opensOn, closesOn, day, version);
    }
}
