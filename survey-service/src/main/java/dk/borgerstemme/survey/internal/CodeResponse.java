package dk.borgerstemme.survey.internal;

import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;

/**
 * The code to hand the citizen, as typed ({@code KX7M-4PRT-W9CA}), the survey address to type it at, the
 * link that opens the survey with the code filled in, and the last day it can be answered.
 */
@Serdeable
record CodeResponse(String code, String surveyAddress, String link, long waveId, LocalDate answerBy) {
}
