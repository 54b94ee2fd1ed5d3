package dk.borgerstemme.complaint.handling;

import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;

/** A later answer deadline and why; the citizen is sent both. */
public record DeadlineExtension(@Nullable LocalDate newDue, @Nullable String reason) {
}
