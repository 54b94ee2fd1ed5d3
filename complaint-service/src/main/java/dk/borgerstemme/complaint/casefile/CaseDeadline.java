package dk.borgerstemme.complaint.casefile;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** One clock of a case. An extension moves {@code dueOn}, keeps {@code originalDueOn} and says why. */
@MappedEntity("complaint_deadline")
public record CaseDeadline(
    @Id @GeneratedValue @Nullable Long id,
    long caseId,
    DeadlineKind kind,
    LocalDate dueOn,
    LocalDate originalDueOn,
    @Nullable LocalDateTime metAt,
    @Nullable String extensionReason) {

    public static CaseDeadline due(long caseId, DeadlineKind kind, LocalDate dueOn) {
        return new CaseDeadline(null, caseId, kind, dueOn, dueOn, null, null);
    }

    public boolean isMet() {
        return metAt != null;
    }

    public CaseDeadline metAt(LocalDateTime when) {
        return new CaseDeadline(id, caseId, kind, dueOn, originalDueOn, when, extensionReason);
    }

    public CaseDeadline extendedTo(LocalDate newDueOn, String reason) {
        return new CaseDeadline(id, caseId, kind, newDueOn, originalDueOn, metAt, reason);
    }
}
