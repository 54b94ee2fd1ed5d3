package dk.borgerstemme.complaint.figures;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.Optional;

/**
 * The complaint service's own copy of survey-service's answer to {@code GET /internal/surveys/{org}/complaint-handling/{halfYear}}:
 * the complainants' rating of the complaint handling in the half-year's standing "Klagebehandling" wave, for the
 * total of the asked scope, each area and each unit, suppressed by survey-service. Fields not used here are ignored.
 */
@Serdeable
record SurveyRating(String halfYear, @Nullable Long waveId, int minimumGroupSize, Group total, @Nullable List<Group> areas,
                    @Nullable List<Group> units) {

    @Serdeable
    record Group(String group, boolean suppressed, @Nullable Integer n, @Nullable Double sharePositive, @Nullable Double wilsonLower,
                 @Nullable Double wilsonUpper) {
    }

    /** The figure of a complaint-figures group: a unit or an area by id, the whole scope for the organisation and the total. */
    Optional<Group> of(String by, String group) {
        if (group.equals("total") || by.equals("organisation")) {
            return Optional.ofNullable(total);
        }
        List<Group> groups = by.equals("area") ? areas : units;
        return groups == null ? Optional.empty() : groups.stream().filter(candidate -> candidate.group().equals(group)).findFirst();
    }
}
