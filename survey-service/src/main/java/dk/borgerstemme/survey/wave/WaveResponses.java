package dk.borgerstemme.survey.wave;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;
import java.util.List;

/** What the waves API answers. */
final class WaveResponses {

    private WaveResponses() {
    }

    /**
     * {@code surveyKind} is the fielded survey's kind ({@code satisfaction} or {@code complaint-handling}), so a reader such as
     * the portal can tell the waves that feed the measurement points from the standing Klagebehandling waves.
     */
    @Serdeable
    record WaveSummary(long id, String name, String survey, LocalDate opensOn, LocalDate closesOn, @Nullable LocalDate closedOn,
                       WaveState state, @Nullable Integer codesIssued, @Nullable Integer codesUsed, @Nullable String surveyKind) {
    }

    @Serdeable
    record WaveDetail(long id, String name, long surveyVersionId, String survey, LocalDate opensOn, LocalDate closesOn,
                      @Nullable LocalDate closedOn, WaveState state, List<String> units, List<String> roles, List<CodeCounts> codes,
                      List<BatchSummary> batches) {
    }

    @Serdeable
    record BatchSummary(long id, String unit, String role, int size, LocalDate createdOn, String csv, String lettersDanish,
                        String lettersEnglish) {
    }

    @Serdeable
    record BatchRequest(@Nullable String unit, @Nullable String role, @Nullable Integer count) {
    }

    @Serdeable
    record BatchResponse(long id, long waveId, String unit, String role, int size, LocalDate createdOn, List<String> codes,
                         String csv, String lettersDanish, String lettersEnglish) {
    }

    @Serdeable
    record KioskRequest(@Nullable String unit, @Nullable String role) {
    }

    @Serdeable
    record KioskResponse(long waveId, String unit, String role, String link) {
    }

    @Serdeable
    record Choices(List<Version> surveyVersions, List<Named> units, List<Named> roles) {
    }

    @Serdeable
    record Version(long id, String survey, int number, String title, List<String> respondentRoles) {
    }

    @Serdeable
    record Named(String id, String name) {
    }
}
