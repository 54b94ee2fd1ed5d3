package dk.borgerstemme.complaint.deadline;

import java.time.LocalDate;

/**
 * The answer deadline moved to a later day. The citizen must be told the reason and the new date: the
 * handling shows both on the status page as a public message and emails them when the citizen gave an
 * address. {@code deadline} is the clock as it now runs.
 */
public record AnswerExtension(LocalDate previousDue, LocalDate newDue, String reason, Deadline deadline) {

    /** Always true: an extension without telling the citizen is not allowed. */
    public boolean requiresNoticeToCitizen() {
        return true;
    }
}
