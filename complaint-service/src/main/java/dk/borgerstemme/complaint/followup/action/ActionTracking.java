package dk.borgerstemme.complaint.followup.action;

import dk.borgerstemme.complaint.casefile.CaseEvent;
import dk.borgerstemme.complaint.casefile.CaseEventRepository;
import dk.borgerstemme.complaint.casefile.ComplaintCase;
import dk.borgerstemme.complaint.casefile.ComplaintCaseRepository;
import dk.borgerstemme.complaint.casefile.Status;
import dk.borgerstemme.complaint.handling.CaseScope;
import dk.borgerstemme.complaint.handling.InputProblem;
import dk.borgerstemme.complaint.handling.InvalidInputException;
import dk.borgerstemme.complaint.handling.NoCaseAccessException;
import dk.borgerstemme.complaint.handling.ScopedCaseRepository;
import dk.borgerstemme.platform.catalogue.Catalogue;
import dk.borgerstemme.platform.catalogue.Organisation;
import dk.borgerstemme.platform.security.Staff;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Learning → action: staff make an action from a case being handled or closed, change it, mark it done
 * and publish it for citizens. Each change is one transaction that also appends a line to the case's
 * audit trail. The scope is the case handling's: an administrator acts on every action of the
 * organisation, a caseworker on the actions of their teams' cases, a unit leader on those about their units.
 */
@Singleton
public class ActionTracking {

    static final int LONGEST_DESCRIPTION = 2000;
    static final int LONGEST_OWNER = 120;
    static final int LONGEST_PUBLIC_TEXT = 1000;
    /** A learning comes from a case in progress or closed; not one only received or acknowledged, withdrawn or merged. */
    static final Set<Status> CASES_WITH_LEARNING = EnumSet.of(Status.IN_PROGRESS,
        Status.FORWARDED_TO_ANKESTYRELSEN, Status.CLOSED);

    public static final String CREATED = "ACTION_CREATED";
    public static final String CHANGED = "ACTION_CHANGED";
    public static final String DONE = "ACTION_DONE";
    public static final String PUBLISHED = "ACTION_PUBLISHED";
    public static final String UNPUBLISHED = "ACTION_UNPUBLISHED";

    private final Catalogue catalogue;
    private final ActionRepository actions;
    private final ScopedCaseRepository scopedCases;
    private final ComplaintCaseRepository cases;
    private final CaseEventRepository events;
    private final ObjectMapper json;
    private final Clock clock;

    ActionTracking(Catalogue catalogue, ActionRepository actions, ScopedCaseRepository scopedCases, ComplaintCaseRepository cases,
                   CaseEventRepository events, ObjectMapper json, Clock clock) {
        this.catalogue = catalogue;
        this.actions = actions;
        this.scopedCases = scopedCases;
        this.cases = cases;
        this.events = events;
        this.json = json;
        this.clock = clock;
    }

    /** The staff member's scope in the organisation; refused (403) when they handle no complaints there. */
    public CaseScope scopeOf(Staff staff, String organisation) {
        return CaseScope.of(staff, organisation).orElseThrow(() -> new NoCaseAccessException(staff.username(), organisation));
    }

    public List<ComplaintAction> list(String organisation, Staff staff) {
        return actions.inScope(scopeOf(staff, organisation));
    }

    public ComplaintAction read(String organisation, long id, Staff staff) {
        return actions.inScope(scopeOf(staff, organisation), id).orElseThrow(() -> new ActionNotFoundException(organisation, id));
    }

    /** The case an action belongs to; it is in the scope whenever the action is. */
    public ComplaintCase caseOf(ComplaintAction action) {
        return cases.findById(action.getCaseId()).orElseThrow();
    }

    /** A case in the scope that an action can be made from, for the form's "from case" part. */
    public Optional<ComplaintCase> caseForAction(String organisation, Staff staff, @Nullable String reference) {
        if (reference == null || reference.isBlank()) {
            return Optional.empty();
        }
        return scopedCases.find(scopeOf(staff, organisation), reference.strip());
    }

    @Transactional
    public ComplaintAction create(String organisation, Staff staff, ActionInput input) {
        Organisation org = catalogue.require(organisation);
        CaseScope scope = scopeOf(staff, organisation);
        LocalDate today = LocalDate.now(clock);
        List<InputProblem> problems = new ArrayList<>();
        ComplaintCase complaint = null;
        if (blank(input.caseReference())) {
            problems.add(new InputProblem("caseReference", "actions.case.missing"));
        } else {
            complaint = scopedCases.find(scope, input.caseReference().strip()).orElse(null);
            if (complaint == null) {
                problems.add(new InputProblem("caseReference", "actions.case.unknown"));
            } else if (!CASES_WITH_LEARNING.contains(complaint.getStatus())) {
                problems.add(new InputProblem("caseReference", "actions.case.notHandled"));
            }
        }
        Fields fields = check(org, scope, complaint, input, problems);
        fields.due().filter(due -> due.isBefore(today))
            .ifPresent(past -> problems.add(new InputProblem("dueOn", "actions.dueOn.past")));
        throwIfAny(problems);

        ComplaintAction action = new ComplaintAction();
        action.setOrganisation(organisation);
        action.setCaseId(complaint.getId());
        fields.applyTo(action);
        action.setCreatedBy(staff.username());
        action.setCreatedAt(LocalDateTime.now(clock));
        ComplaintAction saved = actions.save(action);
        Map<String, Object> after = snapshot(saved);
        after.put("action.number", saved.getId());
        audit(saved, staff, CREATED, Map.of(), after);
        return saved;
    }

    @Transactional
    public ComplaintAction update(String organisation, long id, Staff staff, long version, ActionInput input) {
        return change(organisation, id, staff, version, CHANGED, (action, problems) -> {
            Organisation org = catalogue.require(organisation);
            Fields fields = check(org, scopeOf(staff, organisation), caseOf(action), input, problems);
            if (problems.isEmpty()) {
                fields.applyTo(action);
            }
        });
    }

    @Transactional
    public ComplaintAction markDone(String organisation, long id, Staff staff, long version, @Nullable String doneOn) {
        return change(organisation, id, staff, version, DONE, (action, problems) -> {
            Optional<LocalDate> done = ActionDates.parse(doneOn);
            if (blank(doneOn)) {
                problems.add(new InputProblem("doneOn", "actions.doneOn.missing"));
            } else if (done.isEmpty()) {
                problems.add(new InputProblem("doneOn", "actions.date.invalid"));
            } else if (done.get().isAfter(LocalDate.now(clock))) {
                problems.add(new InputProblem("doneOn", "actions.doneOn.future"));
            } else {
                action.setDoneOn(done.get());
            }
        });
    }

    @Transactional
    public ComplaintAction publish(String organisation, long id, Staff staff, long version, @Nullable String publicText,
                                   @Nullable String publicTextEn) {
        return change(organisation, id, staff, version, PUBLISHED, (action, problems) -> {
            if (blank(publicText)) {
                problems.add(new InputProblem("publicText", "actions.publicText.missing"));
            } else if (publicText.strip().length() > LONGEST_PUBLIC_TEXT) {
                problems.add(new InputProblem("publicText", "actions.publicText.tooLong"));
            }
            if (!blank(publicTextEn) && publicTextEn.strip().length() > LONGEST_PUBLIC_TEXT) {
                problems.add(new InputProblem("publicTextEn", "actions.publicText.tooLong"));
            }
            if (problems.isEmpty()) {
                action.setPublicText(publicText.strip());
                action.setPublicTextEn(blank(publicTextEn) ? null : publicTextEn.strip());
                if (!action.isPublished()) {
                    action.setPublishedOn(LocalDate.now(clock));
                }
                action.setPublished(true);
            }
        });
    }

    @Transactional
    public ComplaintAction unpublish(String organisation, long id, Staff staff, long version) {
        return change(organisation, id, staff, version, UNPUBLISHED, (action, problems) -> {
            action.setPublished(false);
            action.setPublishedOn(null);
        });
    }

    private interface Work {
        void apply(ComplaintAction action, List<InputProblem> problems);
    }

    /**
     * Reads the action with its row locked, refuses a stale version, applies the work, and writes the
     * action and its audit line together; the input is checked before anything is written.
     */
    private ComplaintAction change(String organisation, long id, Staff staff, long version, String event, Work work) {
        CaseScope scope = scopeOf(staff, organisation);
        ComplaintAction action = actions.inScopeForUpdate(scope, id).orElseThrow(() -> new ActionNotFoundException(organisation, id));
        if (!Objects.equals(action.getVersion(), version)) {
            throw new StaleActionException(id, version);
        }
        Map<String, Object> before = snapshot(action);
        List<InputProblem> problems = new ArrayList<>();
        work.apply(action, problems);
        throwIfAny(problems);
        ComplaintAction updated = actions.update(action);
        Map<String, Object> after = snapshot(updated);
        Map<String, Object> was = new LinkedHashMap<>();
        Map<String, Object> now = new LinkedHashMap<>();
        before.forEach((field, value) -> {
            if (!Objects.equals(value, after.get(field))) {
                was.put(field, value);
                now.put(field, after.get(field));
            }
        });
        now.put("action.number", updated.getId());
        audit(updated, staff, event, was, now);
        return updated;
    }

    /** The fields of an action as typed, checked against the organisation and the staff member's scope. */
    private Fields check(Organisation org, CaseScope scope, @Nullable ComplaintCase complaint, ActionInput input, List<InputProblem> problems) {
        if (blank(input.description())) {
            problems.add(new InputProblem("description", "actions.description.missing"));
        } else if (input.description().strip().length() > LONGEST_DESCRIPTION) {
            problems.add(new InputProblem("description", "actions.description.tooLong"));
        }
        if (blank(input.owner())) {
            problems.add(new InputProblem("owner", "actions.owner.missing"));
        } else if (input.owner().strip().length() > LONGEST_OWNER) {
            problems.add(new InputProblem("owner", "actions.owner.tooLong"));
        }
        Optional<LocalDate> due = ActionDates.parse(input.dueOn());
        if (blank(input.dueOn())) {
            problems.add(new InputProblem("dueOn", "actions.dueOn.missing"));
        } else if (due.isEmpty()) {
            problems.add(new InputProblem("dueOn", "actions.date.invalid"));
        }
        String unit = blank(input.unit()) ? null : input.unit().strip();
        if (unit == null) {
            problems.add(new InputProblem("unit", "actions.unit.missing"));
        } else if (org.unit(unit).isEmpty()) {
            problems.add(new InputProblem("unit", "actions.unit.unknown"));
        } else if (complaint != null && !scope.wholeOrganisation() && !scope.teams().contains(complaint.getTeamId())
            && !scope.units().contains(unit)) {
            // A unit leader acts for their own units only: an action about another unit would leave their scope.
            problems.add(new InputProblem("unit", "actions.unit.notYours"));
        }
        return new Fields(input.description(), input.owner(), due, unit);
    }

    private record Fields(String description, String owner, Optional<LocalDate> due, String unit) {
        void applyTo(ComplaintAction action) {
            action.setDescription(description.strip());
            action.setOwner(owner.strip());
            action.setDueOn(due.orElseThrow());
            action.setUnitId(unit);
        }
    }

    private static Map<String, Object> snapshot(ComplaintAction action) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("action.description", action.getDescription());
        fields.put("action.owner", action.getOwner());
        fields.put("action.dueOn", action.getDueOn() == null ? null : action.getDueOn().toString());
        fields.put("action.unit", action.getUnitId());
        fields.put("action.doneOn", action.getDoneOn() == null ? null : action.getDoneOn().toString());
        fields.put("action.published", action.isPublished());
        fields.put("action.publicText", action.getPublicText());
        fields.put("action.publicTextEn", action.getPublicTextEn());
        return fields;
    }

    private void audit(ComplaintAction action, Staff staff, String event, Map<String, Object> before, Map<String, Object> after) {
        events.save(new CaseEvent(null, action.getCaseId(), LocalDateTime.now(clock), staff.username(), event,
            before.isEmpty() ? null : write(before), write(after)));
    }

    private String write(Map<String, Object> fields) {
        try {
            return json.writeValueAsString(fields);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void throwIfAny(List<InputProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static boolean blank(@Nullable String text) {
        return text == null || text.isBlank();
    }
}
