package dk.borgerstemme.complaint.figures;

import dk.borgerstemme.complaint.casefile.AnkestyrelsenDecision;
import dk.borgerstemme.complaint.casefile.Kind;
import dk.borgerstemme.complaint.casefile.Outcome;
import dk.borgerstemme.complaint.casefile.ReconsiderationResult;
import dk.borgerstemme.complaint.casefile.Track;
import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** What the figures need of one case: no text the citizen wrote, no contact details. */
record FigureCase(
    long id,
    Kind kind,
    @Nullable String unitId,
    @Nullable String category,
    Set<Track> tracks,
    LocalDate receivedOn,
    @Nullable LocalDate closedOn,
    @Nullable Outcome outcome,
    @Nullable String rootCause,
    @Nullable String learning,
    int reopenCount,
    @Nullable ReconsiderationResult reconsiderationResult,
    @Nullable LocalDate reconsideredOn,
    @Nullable LocalDate forwardedOn,
    @Nullable AnkestyrelsenDecision ankestyrelsenDecision,
    @Nullable LocalDate ankestyrelsenDecidedOn,
    @Nullable Clock acknowledgement,
    @Nullable Clock answer,
    @Nullable Clock reconsideration,
    List<Action> actions) {

    /** One deadline: when it fell due and when it was met (null: not yet). */
    record Clock(LocalDate dueOn, @Nullable LocalDate metOn) {

        boolean isDue(LocalDate asOf) {
            return metOn != null || !dueOn.isAfter(asOf);
        }

        boolean metInTime() {
            return metOn != null && !metOn.isAfter(dueOn);
        }
    }

    record Action(String description, @Nullable String unitId, LocalDate dueOn, @Nullable LocalDate doneOn) {
    }
}
