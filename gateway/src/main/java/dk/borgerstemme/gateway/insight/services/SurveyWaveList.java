package dk.borgerstemme.gateway.insight.services;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** The wave list when the survey service wraps it in an object. */
@Serdeable
record SurveyWaveList(List<SurveyWave> waves) {
}
