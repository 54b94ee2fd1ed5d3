package dk.borgerstemme.complaint.followup.action;

import dk.borgerstemme.complaint.casefile.CaseDeadlineRepository;
import dk.borgerstemme.complaint.casefile.CaseTrackRepository;
import dk.borgerstemme.complaint.casefile.Channel;
import dk.borgerstemme.complaint.casefile.ComplaintCase;
import dk.borgerstemme.complaint.casefile.ComplaintCaseRepository;
import dk.borgerstemme.complaint.casefile.Status;
import dk.borgerstemme.complaint.casefile.Track;
import dk.borgerstemme.complaint.testing.CaseFixtures;
import dk.borgerstemme.platform.catalogue.Catalogue;
import dk.borgerstemme.platform.testing.TestTokens;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

/** Cases of Slagelse in the states actions are made from, and the staff who act on them. */
final class ActionFixtures {

    /** A Thursday in September with no holiday near. */
    static final LocalDateTime NOW = LocalDateTime.of(2026, 9, 17, 10, 0);

    static final String SOLVANG = "botilbuddet-solvang";
    static final String SKOVLY = "bostedet-skovly";

    static final String ANNA = TestTokens.staff("anna", "slagelse", List.of("ADMIN"), List.of(), List.of());
    /** Caseworker of the team Solvang's complaints go to. */
    static final String DAN = TestTokens.staff("dan", "slagelse", List.of("CASEWORKER"), List.of(), List.of("socialpsykiatrien"));
    /** Caseworker of another team. */
    static final String HANNE = TestTokens.staff("hanne", "slagelse", List.of("CASEWORKER"), List.of(), List.of("handicap"));
    /** Leader of Solvang. */
    static final String CLARA = TestTokens.staff("clara", "slagelse", List.of("UNIT_LEADER"), List.of(SOLVANG, "botilbuddet-havnevej"), List.of());
    /** Leader of another unit. */
    static final String LEIF = TestTokens.staff("leif", "slagelse", List.of("UNIT_LEADER"), List.of(SKOVLY), List.of());
    static final String BO = TestTokens.staff("bo", "slagelse", List.of("ANALYST"), List.of(), List.of());
    static final String EVA = TestTokens.staff("eva", "midtjylland", List.of("ADMIN"), List.of(), List.of());

    private final CaseFixtures cases;
    private final ComplaintCaseRepository repository;

    ActionFixtures(Catalogue catalogue, ComplaintCaseRepository cases, CaseTrackRepository tracks, CaseDeadlineRepository deadlines) {
        this.cases = new CaseFixtures(catalogue, cases, tracks, deadlines);
        this.repository = cases;
    }

    /** A case about the unit, closed with what was learned. */
    ComplaintCase closed(String unit, String learning) {
        ComplaintCase complaint = cases.complaint(unit, Channel.WEB, NOW.minusDays(20), Set.of(Track.CONDUCT_OR_DELIVERY));
        complaint.setStatus(Status.CLOSED);
        complaint.setLearning(learning);
        complaint.setClosedAt(NOW.minusDays(2));
        return repository.update(complaint);
    }

    ComplaintCase inStatus(String unit, Status status) {
        ComplaintCase complaint = cases.complaint(unit, Channel.WEB, NOW.minusDays(3), Set.of(Track.CONDUCT_OR_DELIVERY));
        complaint.setStatus(status);
        return repository.update(complaint);
    }
}
