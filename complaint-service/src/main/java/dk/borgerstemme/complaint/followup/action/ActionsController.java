package dk.borgerstemme.complaint.followup.action;

import dk.borgerstemme.complaint.casefile.ComplaintCase;
import dk.borgerstemme.complaint.handling.CaseScope;
import dk.borgerstemme.complaint.handling.InputProblem;
import dk.borgerstemme.complaint.handling.InvalidInputException;
import dk.borgerstemme.complaint.handling.NoCaseAccessException;
import dk.borgerstemme.platform.catalogue.Catalogue;
import dk.borgerstemme.platform.catalogue.Organisation;
import dk.borgerstemme.platform.i18n.LanguageResolver;
import dk.borgerstemme.platform.security.Roles;
import dk.borgerstemme.platform.security.Staff;
import dk.borgerstemme.platform.web.ErrorPages;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.uri.UriBuilder;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The staff pages of learning → action: the list with filters, a form to create an action (also from a
 * case page: {@code /ny?sag=K-2026-000123}), and a page per action with its edit, done and publish forms.
 * Without JavaScript: a form is posted, 303 on success; a problem shows the form again (200) with
 * everything typed; a stale version shows it again with 409, the typed text kept.
 */
@Controller("/o/{org}/klage/handlinger")
@Secured({Roles.ADMIN, Roles.CASEWORKER, Roles.UNIT_LEADER})
@ExecuteOn(TaskExecutors.BLOCKING)
@Hidden
class ActionsController {

    static final String EDIT = "ret";
    static final String DONE = "udfoert";
    static final String PUBLISH = "offentliggoer";
    static final String UNPUBLISH = "tilbagetraek";
    static final String CREATE = "ny";
    private static final List<String> FORMS = List.of(EDIT, DONE, PUBLISH, UNPUBLISH);
    private static final Map<String, String> SAVED = Map.of(EDIT, "changed", DONE, "done", PUBLISH, "published", UNPUBLISH, "unpublished");

    private final Catalogue catalogue;
    private final ActionTracking tracking;
    private final ActionReader reader;
    private final ErrorPages errorPages;
    private final Clock clock;

    ActionsController(Catalogue catalogue, ActionTracking tracking, ActionReader reader, ErrorPages errorPages, Clock clock) {
        this.catalogue = catalogue;
        this.tracking = tracking;
        this.reader = reader;
        this.errorPages = errorPages;
        this.clock = clock;
    }

    @Get(produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> list(String org, @Nullable @QueryValue String status, @Nullable @QueryValue String unit,
                                           @Nullable @QueryValue String saved, Authentication authentication, HttpRequest<?> request) {
        Organisation organisation = catalogue.require(org);
        Locale locale = locale(request);
        Staff staff = Staff.of(authentication);
        ActionFilter filter = ActionFilter.of(status, unit);
        List<ActionRow> rows = reader.rows(organisation, tracking.list(org, staff), LocalDate.now(clock), locale).stream()
            .filter(filter::keeps).toList();
        Map<String, Object> model = base(organisation, org, locale);
        model.put("rows", rows);
        model.put("filter", filter);
        model.put("statuses", ActionFilter.STATUSES.stream()
            .map(value -> new Choice(value, reader.text("actions.filter.status." + value, locale))).toList());
        CaseScope scope = tracking.scopeOf(staff, org);
        model.put("units", units(organisation, scope, !scope.teams().isEmpty(), locale));
        model.put("saved", saved == null || !SAVED.containsValue(saved) && !"created".equals(saved) ? null : "actions.saved." + saved);
        return new ModelAndView<>("followup/actions", model);
    }

    @Get(value = "/" + CREATE, produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> createForm(String org, @Nullable @QueryValue String sag, Authentication authentication,
                                                 HttpRequest<?> request) {
        Staff staff = Staff.of(authentication);
        Optional<ComplaintCase> fromCase = tracking.caseForAction(org, staff, sag);
        Map<String, String> values = new HashMap<>();
        values.put("caseReference", sag == null ? "" : sag.strip());
        fromCase.ifPresent(complaint -> {
            values.put("description", complaint.getLearning() == null ? "" : complaint.getLearning());
            values.put("unit", complaint.getUnitId() == null ? "" : complaint.getUnitId());
        });
        return createPage(org, staff, request, new ActionFormState(CREATE, values, Map.of()), fromCase);
    }

    @Post(value = "/" + CREATE, consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    MutableHttpResponse<?> create(String org, @Body Map<String, Object> form, Authentication authentication, HttpRequest<?> request) {
        Staff staff = Staff.of(authentication);
        Map<String, String> values = texts(form);
        try {
            ComplaintAction created = tracking.create(org, staff, input(values));
            return HttpResponse.seeOther(URI.create(path(org) + "/" + created.getId() + "?saved=created"));
        } catch (InvalidInputException e) {
            return HttpResponse.ok(createPage(org, staff, request, new ActionFormState(CREATE, values, problems(e)),
                tracking.caseForAction(org, staff, values.get("caseReference"))));
        }
    }

    @Get(value = "/{id}", produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> action(String org, String id, @Nullable @QueryValue String saved, Authentication authentication,
                                             HttpRequest<?> request) {
        Staff staff = Staff.of(authentication);
        ModelAndView<Map<String, Object>> page = actionPage(org, number(org, id), staff, request, ActionFormState.NONE);
        if (saved != null && (SAVED.containsValue(saved) || "created".equals(saved))) {
            page.getModel().orElseThrow().put("saved", "actions.saved." + saved);
        }
        return page;
    }

    @Post(value = "/{id}/{form}", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    MutableHttpResponse<?> change(String org, String id, String form, @Body Map<String, Object> body, Authentication authentication,
                                  HttpRequest<?> request) {
        Staff staff = Staff.of(authentication);
        long number = number(org, id);
        if (!FORMS.contains(form)) {
            throw new ActionNotFoundException(org, number);
        }
        Map<String, String> values = texts(body);
        long version = parseLong(values.get("version"));
        try {
            switch (form) {
                case EDIT -> tracking.update(org, number, staff, version, input(values));
                case DONE -> tracking.markDone(org, number, staff, version, values.get("doneOn"));
                case PUBLISH -> tracking.publish(org, number, staff, version, values.get("publicText"), values.get("publicTextEn"));
                default -> tracking.unpublish(org, number, staff, version);
            }
            return HttpResponse.seeOther(URI.create(path(org) + "/" + number + "?saved=" + SAVED.get(form)));
        } catch (InvalidInputException e) {
            return HttpResponse.ok(actionPage(org, number, staff, request, new ActionFormState(form, values, problems(e))));
        } catch (StaleActionException e) {
            ModelAndView<Map<String, Object>> page = actionPage(org, number, staff, request, new ActionFormState(form, values, Map.of()));
            page.getModel().orElseThrow().put("conflict", StaleActionException.MESSAGE_KEY);
            return HttpResponse.status(HttpStatus.CONFLICT).body(page);
        }
    }

    @Error(exception = ActionNotFoundException.class)
    MutableHttpResponse<?> notFound(HttpRequest<?> request) {
        return errorPages.render(request, HttpStatus.NOT_FOUND, "notFound");
    }

    @Error(exception = NoCaseAccessException.class)
    MutableHttpResponse<?> noAccess(HttpRequest<?> request) {
        return errorPages.render(request, HttpStatus.FORBIDDEN, "forbidden");
    }

    private ModelAndView<Map<String, Object>> createPage(String org, Staff staff, HttpRequest<?> request, ActionFormState form,
                                                        Optional<ComplaintCase> fromCase) {
        Organisation organisation = catalogue.require(org);
        Locale locale = locale(request);
        Map<String, Object> model = base(organisation, org, locale);
        model.put("form", form);
        model.put("fromCase", fromCase.map(ComplaintCase::getReference).orElse(null));
        model.put("learning", fromCase.map(ComplaintCase::getLearning).orElse(null));
        CaseScope scope = tracking.scopeOf(staff, org);
        boolean allUnits = fromCase.map(complaint -> coversByTeam(scope, complaint)).orElse(!scope.teams().isEmpty());
        model.put("units", units(organisation, scope, allUnits, locale));
        return new ModelAndView<>("followup/action-new", model);
    }

    /**
     * The action page. After a failed send the action is read again, so the page shows it as it is now
     * (after a conflict: with the other person's change) while the sent form keeps what was typed.
     */
    private ModelAndView<Map<String, Object>> actionPage(String org, long id, Staff staff, HttpRequest<?> request, ActionFormState form) {
        Organisation organisation = catalogue.require(org);
        Locale locale = locale(request);
        ComplaintAction action = tracking.read(org, id, staff);
        ComplaintCase complaint = tracking.caseOf(action);
        Map<String, Object> model = base(organisation, org, locale);
        model.put("action", reader.row(organisation, action, complaint.getReference(), LocalDate.now(clock), locale));
        model.put("caseUrl", UriBuilder.of("/o").path(org).path("klage").path("sager").path(complaint.getReference()).toString());
        model.put("form", form);
        model.put("units", units(organisation, tracking.scopeOf(staff, org), coversByTeam(tracking.scopeOf(staff, org), complaint), locale));
        model.put("dueTyped", ActionDates.typed(action.getDueOn()));
        model.put("doneTyped", ActionDates.typed(action.wasDone() ? action.getDoneOn() : LocalDate.now(clock)));
        model.put("publishedOnText", action.getPublishedOn() == null ? null : ActionDates.written(action.getPublishedOn(), locale));
        return new ModelAndView<>("followup/action", model);
    }

    private Map<String, Object> base(Organisation organisation, String org, Locale locale) {
        Map<String, Object> model = new HashMap<>();
        model.put("organisationName", organisation.name().in(locale));
        model.put("base", path(org));
        model.put("publicPage", UriBuilder.of("/o").path(org).path("klage").path("vi-gjorde").toString());
        return model;
    }

    /** The units a staff member may give an action: their own as a unit leader, all when they act through the case's team or as administrator. */
    private static List<Choice> units(Organisation organisation, CaseScope scope, boolean allUnits, Locale locale) {
        return organisation.units().stream()
            .filter(unit -> allUnits || scope.wholeOrganisation() || scope.units().contains(unit.id()))
            .map(unit -> new Choice(unit.id(), unit.name().in(locale))).toList();
    }

    private static boolean coversByTeam(CaseScope scope, ComplaintCase complaint) {
        return scope.wholeOrganisation() || scope.teams().contains(complaint.getTeamId());
    }

    private static ActionInput input(Map<String, String> values) {
        return new ActionInput(values.get("caseReference"), values.get("description"), values.get("owner"), values.get("dueOn"),
            values.get("unit"));
    }

    private static Map<String, String> problems(InvalidInputException e) {
        Map<String, String> problems = new LinkedHashMap<>();
        for (InputProblem problem : e.problems()) {
            problems.putIfAbsent(problem.field(), problem.messageKey());
        }
        return problems;
    }

    private static Map<String, String> texts(Map<String, Object> form) {
        Map<String, String> values = new HashMap<>();
        form.forEach((name, value) -> {
            Object single = value instanceof List<?> list ? (list.isEmpty() ? null : list.get(0)) : value;
            values.put(name, single == null ? "" : single.toString());
        });
        return values;
    }

    private static long number(String org, String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new ActionNotFoundException(org, -1);
        }
    }

    private static long parseLong(@Nullable String text) {
        try {
            return text == null ? -1 : Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    static String path(String org) {
        return UriBuilder.of("/o").path(org).path("klage").path("handlinger").toString();
    }

    private static Locale locale(HttpRequest<?> request) {
        return LanguageResolver.languageOf(request).locale();
    }
}
