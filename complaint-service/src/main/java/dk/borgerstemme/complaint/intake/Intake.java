package dk.borgerstemme.complaint.intake;

import dk.borgerstemme.complaint.casefile.CaseDeadlineRepository;
import dk.borgerstemme.complaint.casefile.ComplaintCaseRepository;
import dk.borgerstemme.complaint.privacy.ContactKeys;
import dk.borgerstemme.platform.catalogue.Organisation;
import dk.borgerstemme.platform.i18n.Language;
import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;

import java.util.Optional;

/**
 * Turns a checked submission into a case, once. The form's submission key is unique per organisation:
 * a double click, a retry or a reload finds the case the first submit made and shows the same receipt,
 * also when both arrive at the same moment (the loser's insert fails on the key, and it reads the
 * winner's case). The status code is derived from the submission key with a server key, so the
 * repeated receipt can show the same code although only its digest is stored.
 */
@Singleton
public class Intake {

    private final IntakeTransaction transaction;
    private final ComplaintCaseRepository cases;
    private final CaseDeadlineRepository deadlines;
    private final ContactKeys keys;
    private final StatusCodeDigests digests;

    Intake(IntakeTransaction transaction, ComplaintCaseRepository cases, CaseDeadlineRepository deadlines, ContactKeys keys,
           StatusCodeDigests digests) {
        this.transaction = transaction;
        this.cases = cases;
        this.deadlines = deadlines;
        this.keys = keys;
        this.digests = digests;
    }

    /**
     * @param actor who registered it: "borger" on the web, the staff member's name otherwise
     * @param language the language of the page it was filed on: e-mails about the case are written in it
     */
    public Received receive(Organisation organisation, Submission submission, String actor, Language language) {
        StatusCode code = codeFor(organisation.shortName(), submission.submissionKey());
        Optional<Received> earlier = earlier(organisation.shortName(), submission.submissionKey(), code);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        try {
            return transaction.receive(organisation, submission, code, digests.stored(code), actor, language);
        } catch (DataAccessException e) {
            return earlier(organisation.shortName(), submission.submissionKey(), code).orElseThrow(() -> e);
        }
    }

    private Optional<Received> earlier(String organisation, String submissionKey, StatusCode code) {
        return cases.findByOrganisationAndSubmissionKey(organisation, submissionKey).map(complaint -> new Received(
            complaint, digests.matches(code, complaint.getStatusCodeHash()) ? code : null,
            deadlines.findByCaseIdOrderByDueOn(complaint.getId()), true));
    }

    private StatusCode codeFor(String organisation, String submissionKey) {
        return StatusCode.fromBytes(keys.digest("status-code", organisation + "\u0000" + submissionKey));
    }
}
