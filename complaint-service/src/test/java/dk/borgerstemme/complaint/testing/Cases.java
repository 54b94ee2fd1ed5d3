package dk.borgerstemme.complaint.testing;

import dk.borgerstemme.complaint.casefile.Channel;
import dk.borgerstemme.complaint.casefile.ComplainantRole;
import dk.borgerstemme.complaint.casefile.ComplaintCase;
import dk.borgerstemme.complaint.casefile.Kind;
import dk.borgerstemme.complaint.casefile.Status;

import java.time.LocalDateTime;
import java.util.concurrent.atomic.AtomicInteger;

/** Cases as fixtures: a web complaint about Botilbuddet Solvang in Slagelse, received at the given time. */
public final class Cases {

    private static final AtomicInteger NUMBER = new AtomicInteger();

    private Cases() {
    }

    public static ComplaintCase complaint(LocalDateTime received) {
        return of(Kind.KLAGE, "botilbuddet-solvang", received);
    }

    public static ComplaintCase of(Kind kind, String unitId, LocalDateTime received) {
        ComplaintCase complaint = new ComplaintCase();
        complaint.setOrganisation("slagelse");
        complaint.setReference("K-" + received.getYear() + "-" + String.format("%06d", NUMBER.incrementAndGet()));
        complaint.setKind(kind);
        complaint.setReceivedAt(received);
        complaint.setReceivedOn(received.toLocalDate());
        complaint.setStatus(Status.RECEIVED);
        complaint.setChannel(Channel.WEB);
        complaint.setComplainantRole(ComplainantRole.CITIZEN);
        complaint.setUnitId(unitId);
        complaint.setAreaId(unitId == null ? null : "socialpsykiatrien");
        complaint.setWhatHappened("Jeg fik ikke min medicin til tiden.");
        complaint.setStatusCodeHash("hash");
        complaint.setTeamId("socialpsykiatrien");
        complaint.setUpdatedAt(received);
        return complaint;
    }
}
