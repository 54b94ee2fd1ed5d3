package dk.borgerstemme.complaint.intake;

import dk.borgerstemme.complaint.casefile.CaseDeadline;
import dk.borgerstemme.complaint.casefile.ComplaintCase;
import io.micronaut.core.annotation.Nullable;

import java.util.List;

/**
 * A case as its receipt shows it. {@code statusCode} is {@code null} only when a repeated submit can
 * no longer reproduce the code (the keys rotated in between); {@code repeated} says the case existed already.
 */
public record Received(ComplaintCase complaint, @Nullable StatusCode statusCode, List<CaseDeadline> deadlines, boolean repeated) {
}
