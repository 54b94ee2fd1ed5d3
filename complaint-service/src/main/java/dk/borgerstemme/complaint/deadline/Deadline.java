package dk.borgerstemme.complaint.deadline;

import dk.borgerstemme.complaint.casefile.DeadlineKind;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One clock of a case: the day it is due, the days from which it warns before that (the reconsideration's
 * day 14 and day 21), and the day it was met ({@code null} while running).
 */
public record Deadline(DeadlineKind kind, LocalDate due, List<LocalDate> warnings, LocalDate metOn) {

    public Deadline {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(due, "due");
        warnings = List.copyOf(warnings);
    }

    public static Deadline running(DeadlineKind kind, LocalDate due) {
        return new Deadline(kind, due, List.of(), null);
    }

    public boolean isMet() {
        return metOn != null;
    }

    /** Met on or before the day it was due. */
    public boolean metInTime() {
        return metOn != null && !metOn.isAfter(due);
    }

    public Deadline metOn(LocalDate day) {
        return new Deadline(kind, due, warnings, day);
    }

    /** The same clock due on a later day; used by {@link DeadlineRules#extendAnswer}. */
    Deadline dueOn(LocalDate newDue) {
        return new Deadline(kind, newDue, warnings, metOn);
    }
}
