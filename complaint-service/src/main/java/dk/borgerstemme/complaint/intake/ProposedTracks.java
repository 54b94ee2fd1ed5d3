package dk.borgerstemme.complaint.intake;

import dk.borgerstemme.complaint.casefile.Kind;
import dk.borgerstemme.complaint.casefile.Track;

import java.util.EnumSet;
import java.util.Set;

/**
 * The tracks a new case starts on, proposed from the citizen's answers; staff refine them at triage.
 * A decision complaint runs the reconsideration clock; any other complaint the answer clock, on the
 * track its category suggests (the demo catalogues' category ids), else conduct or delivery of help.
 */
final class ProposedTracks {

    private ProposedTracks() {
    }

    static Set<Track> of(Submission submission) {
        if (submission.kind() == Kind.ROS) {
            return EnumSet.of(Track.PRAISE);
        }
        if (submission.kind() == Kind.FORSLAG) {
            return EnumSet.of(Track.SUGGESTION);
        }
        if (submission.aboutDecision()) {
            return EnumSet.of(Track.DECISION);
        }
        String category = submission.category() == null ? "" : submission.category();
        if (category.contains("sagsbehandling") || category.contains("ventetid")) {
            return EnumSet.of(Track.CASE_HANDLING);
        }
        if (category.contains("serviceniveau")) {
            return EnumSet.of(Track.SERVICE_LEVEL);
        }
        return EnumSet.of(Track.CONDUCT_OR_DELIVERY);
    }
}
