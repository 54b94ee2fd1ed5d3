package dk.borgerstemme.gateway.insight.services;

import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;

/**
 * A wave (måling) as the portal needs it from the survey service's wave list: id, name and the days it
 * was open (the list's other fields are ignored). A wave belongs to the period its {@code opensOn} falls in.
 */
@Serdeable
public record SurveyWave(long id, String name, LocalDate opensOn, LocalDate closesOn) {
}
