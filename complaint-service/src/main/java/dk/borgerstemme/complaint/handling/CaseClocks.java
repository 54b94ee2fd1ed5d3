package dk.borgerstemme.complaint.handling;

import dk.borgerstemme.complaint.casefile.CaseDeadline;
import dk.borgerstemme.complaint.casefile.ComplaintCase;
import dk.borgerstemme.complaint.casefile.DeadlineKind;
import dk.borgerstemme.complaint.casefile.Track;
import dk.borgerstemme.complaint.deadline.Deadline;
import dk.borgerstemme.complaint.deadline.DeadlinePlan;
import dk.borgerstemme.complaint.deadline.DeadlineRules;
import dk.borgerstemme.complaint.deadline.DueState;
import dk.borgerstemme.complaint.deadline.Receipt;
import dk.borgerstemme.platform.catalogue.Organisation;
import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A case's stored clocks read with the organisation's {@link DeadlineRules}: how each stands today. A
 * clock of a case that is no longer open and was never met has stopped; it is neither due nor overdue.
 */
public final class CaseClocks {

    private final DeadlineRules rules;
    private final ComplaintCase complaint;
    private final DeadlinePlan plan;
    private final List<CaseDeadline> stored;

    public CaseClocks(Organisation organisation, ComplaintCase complaint, Set<Track> tracks, List<CaseDeadline> stored) {
        this.rules = DeadlineRules.of(organisation);
        this.complaint = complaint;
        this.plan = rules.plan(receipt(complaint, tracks));
        this.stored = stored.stream().sorted(Comparator.comparing(CaseDeadline::dueOn).thenComparing(CaseDeadline::kind)).toList();
    }

    static Receipt receipt(ComplaintCase complaint, Set<Track> tracks) {
        return new Receipt(complaint.getReceivedAt(), complaint.getChannel(), tracks, complaint.getDecisionDate());
    }

    /** The stored clock as the rules see it, with the warning days the plan gives its kind. */
    Deadline asDeadline(CaseDeadline row) {
        List<LocalDate> warnings = plan.deadline(row.kind()).map(Deadline::warnings).orElse(List.of());
        LocalDate metOn = row.metAt() == null ? null : row.metAt().toLocalDate();
        return new Deadline(row.kind(), row.dueOn(), warnings, metOn);
    }

    public List<Clock> all(LocalDate today) {
        return stored.stream().map(row -> reading(row, today)).toList();
    }

    /** The running clock due first, if any runs. */
    public Optional<Clock> nearestOpen(LocalDate today) {
        return all(today).stream().filter(Clock::running).min(Comparator.comparing(Clock::due));
    }

    /** The most urgent state among the running clocks; empty when none runs. */
    public Optional<DueState> mostUrgent(LocalDate today) {
        return all(today).stream().filter(Clock::running).map(Clock::state).min(Comparator.naturalOrder());
    }

    private Clock reading(CaseDeadline row, LocalDate today) {
        boolean running = row.metAt() == null && complaint.getStatus().isOpen();
        DueState state = row.metAt() != null ? DueState.MET : running ? rules.dueState(asDeadline(row), today) : null;
        return new Clock(row.kind(), row.dueOn(), row.originalDueOn(), row.metAt(), row.extensionReason(), state, running);
    }

    /**
     * One clock as staff see it. {@code state} is null for a clock that stopped unmet because the case
     * was closed, withdrawn or merged.
     */
    public record Clock(DeadlineKind kind, LocalDate due, LocalDate originalDue, @Nullable LocalDateTime metAt,
                        @Nullable String extensionReason, @Nullable DueState state, boolean running) {

        public boolean extended() {
            return !due.equals(originalDue);
        }
    }
}
