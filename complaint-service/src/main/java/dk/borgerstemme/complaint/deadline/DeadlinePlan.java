package dk.borgerstemme.complaint.deadline;

import dk.borgerstemme.complaint.casefile.DeadlineKind;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The clocks a case runs from its receipt, one per {@link DeadlineKind} that applies, in the order of
 * the enum. {@code citizenDeadline} is the last day the citizen could complain about the decision
 * ({@code null} without a decision date); {@code lateDecisionComplaint} says the complaint came after it
 * and must be assessed (Ankestyrelsen may still accept it, so it is never rejected for that alone).
 */
public record DeadlinePlan(List<Deadline> deadlines, LocalDate citizenDeadline, boolean lateDecisionComplaint) {

    public DeadlinePlan {
        deadlines = deadlines.stream().sorted(Comparator.comparing(Deadline::kind)).toList();
    }

    public Optional<Deadline> deadline(DeadlineKind kind) {
        return deadlines.stream().filter(deadline -> deadline.kind() == kind).findFirst();
    }

    /** The earliest due day among the clocks still running, for sorting a queue. */
    public Optional<LocalDate> nextDue() {
        return deadlines.stream().filter(deadline -> !deadline.isMet()).map(Deadline::due).min(Comparator.naturalOrder());
    }
}
