package dk.borgerstemme.survey.wave;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;
import java.util.List;

/** What an administrator asks for when fielding a survey: which published version, when, where and for whom. */
@Serdeable
public record WavePlan(
    @Nullable String name,
    @Nullable Long surveyVersionId,
    @Nullable LocalDate opensOn,
    @Nullable LocalDate closesOn,
    @Nullable List<String> units,
    @Nullable List<String> roles) {

    public WavePlan {
        units = units == null ? List.of() : List.copyOf(units);
        roles = roles == null ? List.of() : List.copyOf(roles);
    }
}
