package dk.borgerstemme.complaint.intake;

import dk.borgerstemme.complaint.casefile.CaseDeadline;
import dk.borgerstemme.complaint.casefile.CaseDeadlineRepository;
import dk.borgerstemme.complaint.casefile.CaseEvent;
import dk.borgerstemme.complaint.casefile.CaseEventRepository;
import dk.borgerstemme.complaint.casefile.CaseTrackRepository;
import dk.borgerstemme.complaint.casefile.ComplaintCase;
import dk.borgerstemme.complaint.casefile.ComplaintCaseRepository;
import dk.borgerstemme.complaint.casefile.Track;
import dk.borgerstemme.complaint.deadline.Deadline;
import dk.borgerstemme.complaint.deadline.DeadlinePlan;
import dk.borgerstemme.complaint.deadline.DeadlineRules;
import dk.borgerstemme.complaint.deadline.Receipt;
import dk.borgerstemme.complaint.handling.CaseStateMachine;
import dk.borgerstemme.complaint.privacy.ContactAccess;
import dk.borgerstemme.complaint.routing.Assignment;
import dk.borgerstemme.complaint.routing.Routing;
import dk.borgerstemme.platform.catalogue.Organisation;
import dk.borgerstemme.platform.i18n.Language;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Everything a new case writes, in one transaction: all of it is there afterwards, or none of it. */
@Singleton
class IntakeTransaction {

    static final String RECEIVED_EVENT = "RECEIVED";

    private final ComplaintCaseRepository cases;
    private final CaseTrackRepository tracks;
    private final CaseDeadlineRepository deadlines;
    private final CaseEventRepository events;
    private final ReferenceNumbers references;
    private final ContactAccess contacts;
    private final ReceiptMail receiptMail;
    private final Clock clock;

    IntakeTransaction(ComplaintCaseRepository cases, CaseTrackRepository tracks, CaseDeadlineRepository deadlines,
                      CaseEventRepository events, ReferenceNumbers references, ContactAccess contacts, ReceiptMail receiptMail,
                      Clock clock) {
        this.cases = cases;
        this.tracks = tracks;
        this.deadlines = deadlines;
        this.events = events;
        this.references = references;
        this.contacts = contacts;
        this.receiptMail = receiptMail;
        this.clock = clock;
    }

    /**
     * The reference number's counter row stays locked from {@link ReferenceNumbers#next} until the commit, so
     * every intake of the organisation waits for it: it is taken as late as possible, and the status code
     * digest is made by the caller before the transaction begins.
     */
    @Transactional
    Received receive(Organisation organisation, Submission submission, StatusCode code, String statusCodeHash, String actor,
                     Language language) {
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDateTime receivedAt = submission.receivedOn() == null || submission.receivedOn().equals(now.toLocalDate())
            ? now : submission.receivedOn().atTime(LocalTime.NOON);
        Set<Track> proposed = ProposedTracks.of(submission);
        Assignment assignment = new Routing(organisation).route(submission.kind(), submission.category(), submission.areaId(), submission.unitId());
        DeadlinePlan plan = DeadlineRules.of(organisation).plan(new Receipt(receivedAt, submission.channel(), proposed, submission.decisionDate()));

        ComplaintCase complaint = new ComplaintCase();
        complaint.setOrganisation(organisation.shortName());
        complaint.setKind(submission.kind());
        complaint.setReceivedAt(receivedAt);
        complaint.setReceivedOn(receivedAt.toLocalDate());
        complaint.setStatus(CaseStateMachine.initialStatus(submission.channel()));
        complaint.setChannel(submission.channel());
        complaint.setRegisteredBy(submission.channel().registeredByStaff() ? actor : null);
        complaint.setComplainantRole(submission.role());
        complaint.setAreaId(assignment.areaId());
        complaint.setUnitId(assignment.unitId());
        complaint.setCategory(submission.category());
        complaint.setWhatHappened(submission.whatHappened());
        complaint.setWish(submission.wish());
        complaint.setAboutDecision(submission.aboutDecision());
        complaint.setDecisionDate(submission.decisionDate());
        complaint.setLateDecisionComplaint(plan.lateDecisionComplaint());
        complaint.setAnonymous(submission.contact() == null);
        complaint.setHideNameFromUnit(submission.hideNameFromUnit());
        complaint.setLanguage(language.code());
        complaint.setStatusCodeHash(statusCodeHash);
        complaint.setSubmissionKey(submission.submissionKey());
        complaint.setTeamId(assignment.teamId());
        complaint.setUpdatedAt(now);
        complaint.setReference(references.next(organisation.shortName(), receivedAt.getYear()));
        if (submission.contact() != null) {
            contacts.store(complaint, submission.contact());
        }
        ComplaintCase saved = cases.save(complaint);

        tracks.replace(saved.getId(), proposed);
        List<CaseDeadline> clocks = new ArrayList<>();
        for (Deadline deadline : plan.deadlines()) {
            CaseDeadline row = CaseDeadline.due(saved.getId(), deadline.kind(), deadline.due());
            if (deadline.isMet()) {
                row = row.metAt(receivedAt);
            }
            clocks.add(deadlines.save(row));
        }
        if (submission.contact() != null && submission.contact().hasEmail()) {
            receiptMail.enqueue(organisation, saved, clocks);
        }
        events.save(new CaseEvent(null, saved.getId(), now, actor, RECEIVED_EVENT, null, receivedJson(saved, proposed)));
        return new Received(saved, code, clocks, false);
    }

    private static String receivedJson(ComplaintCase complaint, Set<Track> proposed) {
        return "{\"status\":\"" + complaint.getStatus() + "\",\"channel\":\"" + complaint.getChannel()
            + "\",\"kind\":\"" + complaint.getKind() + "\",\"team\":\"" + complaint.getTeamId()
            + "\",\"tracks\":[" + proposed.stream().map(track -> "\"" + track + "\"").collect(Collectors.joining(","))
            + "],\"anonymous\":" + complaint.isAnonymous() + "}";
    }
}
