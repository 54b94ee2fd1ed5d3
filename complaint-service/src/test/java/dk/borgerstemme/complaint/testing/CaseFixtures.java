package dk.borgerstemme.complaint.testing;

import dk.borgerstemme.complaint.casefile.CaseDeadline;
import dk.borgerstemme.complaint.casefile.CaseDeadlineRepository;
import dk.borgerstemme.complaint.casefile.CaseTrackRepository;
import dk.borgerstemme.complaint.casefile.Channel;
import dk.borgerstemme.complaint.casefile.ComplainantRole;
import dk.borgerstemme.complaint.casefile.ComplaintCase;
import dk.borgerstemme.complaint.casefile.ComplaintCaseRepository;
import dk.borgerstemme.complaint.casefile.Kind;
import dk.borgerstemme.complaint.casefile.Track;
import dk.borgerstemme.complaint.deadline.Deadline;
import dk.borgerstemme.complaint.deadline.DeadlineRules;
import dk.borgerstemme.complaint.deadline.Receipt;
import dk.borgerstemme.complaint.handling.CaseStateMachine;
import dk.borgerstemme.platform.catalogue.Catalogue;
import dk.borgerstemme.platform.catalogue.Organisation;

import java.time.LocalDateTime;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Cases as intake files them — routed, with their tracks and clocks — written straight into the
 * database, so handling can be tested without going through the citizen's form.
 */
public final class CaseFixtures {

    private static final AtomicInteger NUMBER = new AtomicInteger();

    private final Catalogue catalogue;
    private final ComplaintCaseRepository cases;
    private final CaseTrackRepository tracks;
    private final CaseDeadlineRepository deadlines;

    public CaseFixtures(Catalogue catalogue, ComplaintCaseRepository cases, CaseTrackRepository tracks, CaseDeadlineRepository deadlines) {
        this.catalogue = catalogue;
        this.cases = cases;
        this.tracks = tracks;
        this.deadlines = deadlines;
    }

    /** A complaint of Slagelse about a unit, routed by the catalogue, received at {@code receivedAt}. */
    public ComplaintCase complaint(String unit, Channel channel, LocalDateTime receivedAt, Set<Track> caseTracks) {
        return file("slagelse", unit, channel, receivedAt, caseTracks, "Jeg fik ikke min medicin til tiden.");
    }

    public ComplaintCase file(String organisationName, String unit, Channel channel, LocalDateTime receivedAt, Set<Track> caseTracks,
                              String whatHappened) {
        Organisation organisation = catalogue.require(organisationName);
        ComplaintCase complaint = new ComplaintCase();
        complaint.setOrganisation(organisationName);
        complaint.setReference(String.format("K-%d-%06d", receivedAt.getYear(), 900_000 + NUMBER.incrementAndGet()));
        complaint.setKind(Kind.KLAGE);
        complaint.setReceivedAt(receivedAt);
        complaint.setReceivedOn(receivedAt.toLocalDate());
        complaint.setStatus(CaseStateMachine.initialStatus(channel));
        complaint.setChannel(channel);
        complaint.setComplainantRole(ComplainantRole.CITIZEN);
        complaint.setUnitId(unit);
        complaint.setAreaId(organisation.areaOfUnit(unit).orElseThrow().id());
        complaint.setCategory("levering-af-hjaelpen");
        complaint.setWhatHappened(whatHappened);
        complaint.setAboutDecision(caseTracks.contains(Track.DECISION));
        complaint.setStatusCodeHash("hash");
        complaint.setTeamId(organisation.teamFor(Kind.KLAGE.id(), "levering-af-hjaelpen", unit));
        complaint.setSafetyConcern(caseTracks.contains(Track.SAFETY_CONCERN));
        complaint.setUpdatedAt(receivedAt);
        ComplaintCase saved = cases.save(complaint);
        tracks.replace(saved.getId(), caseTracks);
        for (Deadline clock : DeadlineRules.of(organisation).plan(new Receipt(receivedAt, channel, caseTracks, null)).deadlines()) {
            CaseDeadline row = CaseDeadline.due(saved.getId(), clock.kind(), clock.due());
            deadlines.save(clock.isMet() ? row.metAt(receivedAt) : row);
        }
        return cases.findById(saved.getId()).orElseThrow();
    }
}
