package dk.borgerstemme.survey.authoring;

import dk.borgerstemme.survey.definition.CheckReport;
import dk.borgerstemme.survey.definition.SurveyDefinition;

/** Why a change to a survey was refused; the API and the pages each say it their own way. */
class AuthoringProblem extends RuntimeException {

    enum Kind {
        /** No such survey, or no such version, in the organisation. */
        NOT_FOUND,
        /** The survey changed since the caller read it: their lock is stale. */
        STALE,
        /** Another survey of the organisation has this id. */
        ID_TAKEN,
        /** The survey already has a draft; edit that one. */
        DRAFT_EXISTS,
        /** The survey has no draft to edit or publish. */
        NO_DRAFT,
        /** The check refuses the draft; see {@link #report()}. */
        REFUSED,
        /** The draft is the same as the latest published version. */
        UNCHANGED
    }

    private final Kind kind;
    private final transient CheckReport report;
    private final transient SurveyDefinition refused;

    AuthoringProblem(Kind kind) {
        this(kind, null, null);
    }

    /** The check refused {@code refused} for these reasons. */
    AuthoringProblem(Kind kind, CheckReport report, SurveyDefinition refused) {
        super(kind.name(), null, false, false);
        this.kind = kind;
        this.report = report;
        this.refused = refused;
    }

    SurveyDefinition refused() {
        return refused;
    }

    Kind kind() {
        return kind;
    }

    CheckReport report() {
        return report;
    }
}
