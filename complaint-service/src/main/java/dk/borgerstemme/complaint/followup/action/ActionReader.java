package dk.borgerstemme.complaint.followup.action;

import dk.borgerstemme.complaint.casefile.ComplaintCase;
import dk.borgerstemme.complaint.casefile.ComplaintCaseRepository;
import dk.borgerstemme.platform.catalogue.Organisation;
import dk.borgerstemme.platform.catalogue.Unit;
import io.micronaut.context.MessageSource;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Actions in words for staff: unit names, the case's reference, the state on a given day. */
@Singleton
public class ActionReader {

    private final ComplaintCaseRepository cases;
    private final MessageSource texts;

    ActionReader(ComplaintCaseRepository cases, MessageSource texts) {
        this.cases = cases;
        this.texts = texts;
    }

    public List<ActionRow> rows(Organisation organisation, List<ComplaintAction> actions, LocalDate today, Locale locale) {
        Map<Long, String> references = new HashMap<>();
        return actions.stream().map(action -> row(organisation, action,
            references.computeIfAbsent(action.getCaseId(), id -> cases.findById(id).map(ComplaintCase::getReference).orElse("")),
            today, locale)).toList();
    }

    public ActionRow row(Organisation organisation, ComplaintAction action, String caseReference, LocalDate today, Locale locale) {
        String state = state(action, today);
        String stateText = ActionRow.DONE.equals(state)
            ? text("actions.state.DONE", locale, ActionDates.written(action.getDoneOn(), locale))
            : text("actions.state." + state, locale);
        return new ActionRow(action.getId(), action.getVersion(), caseReference, action.getDescription(), action.getOwner(),
            action.getUnitId(), unitName(organisation, action.getUnitId(), locale), action.getDueOn(),
            ActionDates.written(action.getDueOn(), locale), action.getDoneOn(), state, stateText, action.isPublished(),
            action.getPublicText(), action.getPublicTextEn(), action.getPublishedOn(), action.getCreatedBy());
    }

    static String state(ComplaintAction action, LocalDate today) {
        if (action.wasDone()) {
            return ActionRow.DONE;
        }
        return action.overdueOn(today) ? ActionRow.OVERDUE : ActionRow.OPEN;
    }

    @Nullable
    static String unitName(Organisation organisation, @Nullable String unitId, Locale locale) {
        return unitId == null ? null : organisation.unit(unitId).map(Unit::name).map(name -> name.in(locale)).orElse(unitId);
    }

    public String text(String key, Locale locale, Object... arguments) {
        return texts.getMessage(key, locale, arguments).orElse(key);
    }
}
