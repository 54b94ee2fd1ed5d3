package dk.borgerstemme.complaint.triage;

import dk.borgerstemme.complaint.casefile.AnkestyrelsenDecision;
import dk.borgerstemme.complaint.casefile.ComplaintCase;
import dk.borgerstemme.complaint.casefile.Outcome;
import dk.borgerstemme.complaint.casefile.ReconsiderationResult;
import dk.borgerstemme.complaint.casefile.Status;
import dk.borgerstemme.complaint.casefile.Track;
import dk.borgerstemme.complaint.handling.ActionRefusedException;
import dk.borgerstemme.complaint.handling.CaseHandling;
import dk.borgerstemme.complaint.handling.CaseNotFoundException;
import dk.borgerstemme.complaint.handling.CaseScope;
import dk.borgerstemme.complaint.handling.IllegalTransitionException;
import dk.borgerstemme.complaint.handling.InputProblem;
import dk.borgerstemme.complaint.handling.InvalidInputException;
import dk.borgerstemme.complaint.handling.NoCaseAccessException;
import dk.borgerstemme.complaint.handling.StaleCaseException;
import dk.borgerstemme.complaint.privacy.ContactAccess;
import dk.borgerstemme.complaint.privacy.ContactDetails;
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
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The staff pages of triage and handling: the queue and the case page with a small form per action.
 * They work without JavaScript: a form is posted, the case page comes back (303) or, when something is
 * wrong, is shown again with everything typed still in the form — also when someone else changed the
 * case first (409, with what they changed).
 */
@Controller("/o/{org}/klage/sager")
@Secured({Roles.ADMIN, Roles.CASEWORKER, Roles.UNIT_LEADER})
@ExecuteOn(TaskExecutors.BLOCKING)
@Hidden
class TriageController {

    private final Catalogue catalogue;
    private final CaseHandling handling;
    private final CaseQueue queue;
    private final CaseReader reader;
    private final CaseActions actions;
    private final ContactAccess contacts;
    private final ErrorPages errorPages;
    private final Clock clock;

    TriageController(Catalogue catalogue, CaseHandling handling, CaseQueue queue, CaseReader reader, CaseActions actions,
                     ContactAccess contacts, ErrorPages errorPages, Clock clock) {
        this.catalogue = catalogue;
        this.handling = handling;
        this.queue = queue;
        this.reader = reader;
        this.actions = actions;
        this.contacts = contacts;
        this.errorPages = errorPages;
        this.clock = clock;
    }

    @Get(produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> queue(String org, @Nullable @QueryValue String status, @Nullable @QueryValue String team,
                                            @Nullable @QueryValue String unit, @Nullable @QueryValue String category,
                                            @Nullable @QueryValue String track, @Nullable @QueryValue String due,
                                            Authentication authentication, HttpRequest<?> request) {
        Organisation organisation = catalogue.require(org);
        Locale locale = locale(request);
        CaseScope scope = handling.scopeOf(Staff.of(authentication), org);
        QueueFilter filter = QueueFilter.of(status, team, unit, category, track, due);
        List<CaseSummary> rows = queue.entries(organisation, scope, filter, LocalDate.now(clock)).stream()
            .map(entry -> reader.summary(organisation, entry, locale)).toList();
        Map<String, Object> model = new HashMap<>();
        model.put("organisationName", organisation.name().in(locale));
        model.put("base", base(org));
        model.put("rows", rows);
        model.put("filter", filter);
        model.put("statuses", Arrays.stream(Status.values()).map(value -> new Option(value.name(), reader.text("handling.status." + value, locale))).toList());
        model.put("teams", organisation.teams().stream()
            .filter(candidate -> scope.wholeOrganisation() || scope.teams().contains(candidate.id())
                || candidate.units().stream().anyMatch(scope.units()::contains))
            .map(candidate -> new Option(candidate.id(), candidate.name().in(locale))).toList());
        model.put("units", organisation.units().stream()
            .map(candidate -> new Option(candidate.id(), candidate.name().in(locale))).toList());
        model.put("categories", categories(organisation, locale));
        model.put("tracks", tracks(locale));
        return new ModelAndView<>("triage/queue", model);
    }

    @Get(value = "/{reference}", produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> casePage(String org, String reference, @Nullable @QueryValue String contact,
                                               @Nullable @QueryValue String saved, Authentication authentication, HttpRequest<?> request) {
        Staff staff = Staff.of(authentication);
        ComplaintCase complaint = handling.read(org, reference, staff);
        ContactDetails shown = null;
        if ("show".equals(contact) && !nameHidden(complaint, staff, org)) {
            // Through ContactAccess only: it writes the view into the audit trail, which the page then shows.
            shown = contacts.view(complaint, staff.username()).orElse(null);
        }
        Map<String, Object> model = caseModel(org, complaint, staff, request, FormState.NONE);
        model.put("saved", saved);
        model.put("contact", shown);
        return new ModelAndView<>("triage/case", model);
    }

    @Post(value = "/{reference}/{action}", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    MutableHttpResponse<?> act(String org, String reference, String action, @Body Map<String, Object> form,
                               Authentication authentication, HttpRequest<?> request) {
        Staff staff = Staff.of(authentication);
        ActionForm chosen = ActionForm.of(action).orElseThrow(() -> new CaseNotFoundException(org, reference));
        ActionFields fields = ActionFields.of(form);
        try {
            actions.perform(chosen, org, reference, staff, fields);
            return HttpResponse.seeOther(URI.create(base(org) + "/" + reference + "?saved=" + chosen.slug() + "#timeline"));
        } catch (InvalidInputException e) {
            Map<String, String> problems = new LinkedHashMap<>();
            for (InputProblem problem : e.problems()) {
                problems.putIfAbsent(problem.field(), problem.messageKey());
            }
            return HttpResponse.ok(casePage(org, reference, staff, request, new FormState(chosen.slug(), fields, problems), null, null));
        } catch (StaleCaseException e) {
            return HttpResponse.status(HttpStatus.CONFLICT)
                .body(casePage(org, reference, staff, request, new FormState(chosen.slug(), fields, Map.of()), e.messageKey(), fields));
        } catch (IllegalTransitionException e) {
            return HttpResponse.status(HttpStatus.CONFLICT)
                .body(refusedPage(org, reference, staff, request, chosen, fields, e.messageKey()));
        } catch (ActionRefusedException e) {
            return HttpResponse.status(HttpStatus.CONFLICT)
                .body(refusedPage(org, reference, staff, request, chosen, fields, e.messageKey()));
        }
    }

    @Error(exception = CaseNotFoundException.class)
    MutableHttpResponse<?> notFound(HttpRequest<?> request) {
        return errorPages.render(request, HttpStatus.NOT_FOUND, "notFound");
    }

    @Error(exception = NoCaseAccessException.class)
    MutableHttpResponse<?> noAccess(HttpRequest<?> request) {
        return errorPages.render(request, HttpStatus.FORBIDDEN, "forbidden");
    }

    private ModelAndView<Map<String, Object>> refusedPage(String org, String reference, Staff staff, HttpRequest<?> request,
                                                          ActionForm chosen, ActionFields fields, String messageKey) {
        ModelAndView<Map<String, Object>> page = casePage(org, reference, staff, request, new FormState(chosen.slug(), fields, Map.of()), null, null);
        page.getModel().orElseThrow().put("refusal", messageKey);
        return page;
    }

    /**
     * The case page again after a failed action. After a conflict the form's version is the current one,
     * so sending it again applies it to the case as it is now, which the staff member has now seen.
     */
    private ModelAndView<Map<String, Object>> casePage(String org, String reference, Staff staff, HttpRequest<?> request, FormState form,
                                                       @Nullable String conflict, @Nullable ActionFields sent) {
        ComplaintCase complaint = handling.read(org, reference, staff);
        Map<String, Object> model = caseModel(org, complaint, staff, request, form);
        if (conflict != null) {
            CaseDetails details = (CaseDetails) model.get("details");
            long seen = sent == null || sent.text("seenEvent") == null ? 0 : parseLong(sent.text("seenEvent"));
            model.put("conflict", conflict);
            model.put("changes", reader.changesSince(details, seen));
        }
        return new ModelAndView<>("triage/case", model);
    }

    private Map<String, Object> caseModel(String org, ComplaintCase complaint, Staff staff, HttpRequest<?> request, FormState form) {
        Organisation organisation = catalogue.require(org);
        Locale locale = locale(request);
        CaseScope scope = handling.scopeOf(staff, org);
        CaseDetails details = reader.details(organisation, scope, complaint, LocalDate.now(clock), locale);
        Map<String, Object> model = new HashMap<>();
        model.put("organisationName", organisation.name().in(locale));
        model.put("base", base(org));
        model.put("details", details);
        model.put("form", form);
        model.put("actions", Arrays.stream(ActionForm.values())
            .filter(candidate -> candidate.offeredIn(complaint.getStatus()))
            .filter(candidate -> candidate != ActionForm.EXTEND_DEADLINE
                || details.deadlines().stream().anyMatch(clock -> clock.kind().equals("ANSWER") && clock.metAt() == null))
            .filter(candidate -> candidate != ActionForm.RECONSIDERATION
                || details.tracks().stream().anyMatch(track -> track.id().equals(Track.DECISION.name())))
            .toList());
        model.put("teams", organisation.teams().stream()
            .filter(candidate -> !candidate.id().equals(complaint.getTeamId()))
            .map(candidate -> new Option(candidate.id(), candidate.name().in(locale))).toList());
        model.put("categories", categories(organisation, locale));
        model.put("tracks", tracks(locale));
        model.put("outcomes", options(Outcome.values(), "triage.outcome.", locale));
        model.put("results", options(ReconsiderationResult.values(), "triage.reconsideration.result.", locale));
        model.put("decisions", options(AnkestyrelsenDecision.values(), "triage.ankestyrelsen.decision.", locale));
        model.put("rootCauses", organisation.rootCauses().stream().map(cause -> new Option(cause.id(), cause.name().in(locale))).toList());
        model.put("replyChoices", List.of(new Option("true", reader.text("triage.form.replySent.yes", locale)),
            new Option("false", reader.text("triage.form.replySent.no", locale))));
        model.put("currentTracks", details.tracks().stream().map(CaseSummary.Labelled::id).toList());
        model.put("times", Times.INSTANCE);
        model.put("hasContact", complaint.getContactCiphertext() != null);
        model.put("nameHidden", nameHidden(complaint, staff, org));
        return model;
    }

    /**
     * A unit leader who sees the case only as the leader of the unit it is about sees no contact details
     * when the citizen asked for their name to be hidden from the unit: an address or a number names them too.
     */
    private boolean nameHidden(ComplaintCase complaint, Staff staff, String org) {
        return complaint.isHideNameFromUnit() && handling.scopeOf(staff, org).onlyAsUnitLeader(complaint);
    }

    private List<Option> categories(Organisation organisation, Locale locale) {
        return organisation.complaintCategories().stream().map(category -> new Option(category.id(), category.name().in(locale))).toList();
    }

    private List<Option> tracks(Locale locale) {
        return options(Track.values(), "triage.track.", locale);
    }

    private List<Option> options(Enum<?>[] values, String prefix, Locale locale) {
        return Arrays.stream(values).map(value -> new Option(value.name(), reader.text(prefix + value.name(), locale))).toList();
    }

    static String base(String org) {
        return UriBuilder.of("/o").path(org).path("klage").path("sager").toString();
    }

    private static long parseLong(String text) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static Locale locale(HttpRequest<?> request) {
        return LanguageResolver.languageOf(request).locale();
    }
}
