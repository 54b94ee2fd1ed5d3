package dk.borgerstemme.complaint.triage;

import dk.borgerstemme.complaint.casefile.Status;
import dk.borgerstemme.complaint.handling.CaseAction;
import dk.borgerstemme.complaint.handling.CaseStateMachine;

import java.util.Arrays;
import java.util.Optional;

/**
 * The handling actions as addresses name them ({@code .../sager/K-2026-000123/reply}), in the order the
 * case page offers them. Extending the answer deadline is not a move of the state machine: it is open
 * while the case is.
 */
public enum ActionForm {
    ACKNOWLEDGE("acknowledge", CaseAction.ACKNOWLEDGE),
    TAKE("take", CaseAction.TAKE),
    REPLY("reply", CaseAction.REPLY),
    NOTE("note", CaseAction.NOTE),
    RECATEGORISE("recategorise", CaseAction.RECATEGORISE),
    REASSIGN("reassign", CaseAction.REASSIGN),
    EXTEND_DEADLINE("extend-deadline", null),
    RECONSIDERATION("reconsideration", CaseAction.RECORD_RECONSIDERATION),
    ANKESTYRELSEN("ankestyrelsen", CaseAction.RECORD_ANKESTYRELSEN_DECISION),
    CLOSE("close", CaseAction.CLOSE),
    REOPEN("reopen", CaseAction.REOPEN),
    MERGE("merge", CaseAction.MERGE),
    WITHDRAW("withdraw", CaseAction.WITHDRAW);

    private final String slug;
    private final CaseAction action;

    ActionForm(String slug, CaseAction action) {
        this.slug = slug;
        this.action = action;
    }

    public String slug() {
        return slug;
    }

    /** The heading of the action's form (bundles handling and triage). */
    public String messageKey() {
        return action == null ? "triage.form.extend" : action.messageKey();
    }

    public boolean offeredIn(Status status) {
        return action == null ? status.isOpen() : CaseStateMachine.allows(status, action);
    }

    public static Optional<ActionForm> of(String slug) {
        return Arrays.stream(values()).filter(form -> form.slug.equals(slug)).findFirst();
    }
}
