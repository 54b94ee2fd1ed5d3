package dk.borgerstemme.gateway.insight.services;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;

/**
 * A wave (måling) as the portal needs it: id, name and the days it was open. The dates are absent
 * when the survey service could not list its waves and the portal found them one by one.
 */
@Serdeable
public record SurveyWave(long id, String name, @Nullable LocalDate opensOn, @Nullable LocalDate closesOn) {

    public boolean dated() {
        return opensOn != null;
    }
}
