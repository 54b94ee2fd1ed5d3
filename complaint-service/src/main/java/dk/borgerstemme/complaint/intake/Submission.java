package dk.borgerstemme.complaint.intake;

import dk.borgerstemme.complaint.casefile.Channel;
import dk.borgerstemme.complaint.casefile.ComplainantRole;
import dk.borgerstemme.complaint.casefile.Kind;
import dk.borgerstemme.complaint.privacy.ContactDetails;
import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;

/**
 * A checked intake: what becomes the case. {@code contact} is {@code null} for an anonymous case;
 * {@code receivedOn} is the day staff say it arrived (by letter, phone, in person), {@code null} on the web.
 */
public record Submission(
    String submissionKey,
    Kind kind,
    ComplainantRole role,
    @Nullable String areaId,
    @Nullable String unitId,
    @Nullable String category,
    String whatHappened,
    @Nullable String wish,
    boolean aboutDecision,
    @Nullable LocalDate decisionDate,
    @Nullable ContactDetails contact,
    boolean hideNameFromUnit,
    Channel channel,
    @Nullable LocalDate receivedOn) {

    @Override
    public String toString() {
        return "Submission[" + kind + ", " + channel + (contact == null ? ", anonymous" : ", with contact details") + "]";
    }
}
