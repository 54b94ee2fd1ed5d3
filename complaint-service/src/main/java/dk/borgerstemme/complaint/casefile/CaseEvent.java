package dk.borgerstemme.complaint.casefile;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.LocalDateTime;

/**
 * One line of a case's audit trail: who did what when, with the changed fields before and after as
 * JSON. Never holds contact details; a view of them is an event of its own without the details.
 */
@MappedEntity("complaint_event")
public record CaseEvent(
    @Id @GeneratedValue @Nullable Long id,
    long caseId,
    LocalDateTime occurredAt,
    String actor,
    String action,
    @Nullable String beforeJson,
    @Nullable String afterJson) {
}
