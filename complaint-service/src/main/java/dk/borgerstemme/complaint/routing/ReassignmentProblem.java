package dk.borgerstemme.complaint.routing;

/** Why a reassignment cannot be made: the form field it concerns and a message key (bundle {@code i18n/handling}). */
public enum ReassignmentProblem {
    TEAM_MISSING("team", "routing.reassign.teamMissing"),
    TEAM_UNKNOWN("team", "routing.reassign.teamUnknown"),
    SAME_TEAM("team", "routing.reassign.sameTeam"),
    REASON_MISSING("reason", "routing.reassign.reasonMissing");

    private final String field;
    private final String messageKey;

    ReassignmentProblem(String field, String messageKey) {
        this.field = field;
        this.messageKey = messageKey;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}
