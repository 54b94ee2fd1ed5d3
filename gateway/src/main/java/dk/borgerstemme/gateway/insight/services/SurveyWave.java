package dk.borgerstemme.gateway.insight.services;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;

/**
 * A wave (måling) as the portal needs it from the survey service's wave list: id, name, the days it was open and
 * the kind of survey it fields (the list's other fields are ignored). A wave belongs to the period its {@code opensOn}
 * falls in. {@code surveyKind} is null from a survey service that does not say it yet.
 */
@Serdeable
public record SurveyWave(long id, String name, LocalDate opensOn, LocalDate closesOn, @Nullable String surveyKind) {

    /** The survey kind whose scored questions feed the framework's measurement points. */
    public static final String SATISFACTION = "satisfaction";

    /**
     * Whether the wave's results carry the measurement points: a satisfaction survey's wave does; the standing
     * Klagebehandling wave ({@code complaint-handling}) does not, its one figure reaches the portal as the complaint
     * figures' rating. A wave of unknown kind (an older survey service) counts, as it did before kinds were listed.
     */
    public boolean feedsMeasurementPoints() {
        return surveyKind == null || SATISFACTION.equals(surveyKind);
    }
}
