package dk.borgerstemme.complaint.triage;

import dk.borgerstemme.complaint.casefile.ComplaintCase;
import dk.borgerstemme.complaint.handling.ActionRefusedException;
import dk.borgerstemme.complaint.handling.CaseHandling;
import dk.borgerstemme.complaint.handling.CaseNotFoundException;
import dk.borgerstemme.complaint.handling.CaseScope;
import dk.borgerstemme.complaint.handling.IllegalTransitionException;
import dk.borgerstemme.complaint.handling.InvalidInputException;
import dk.borgerstemme.complaint.handling.NoCaseAccessException;
import dk.borgerstemme.complaint.handling.StaleCaseException;
import dk.borgerstemme.platform.catalogue.Catalogue;
import dk.borgerstemme.platform.catalogue.Organisation;
import dk.borgerstemme.platform.i18n.LanguageResolver;
import dk.borgerstemme.platform.security.Roles;
import dk.borgerstemme.platform.security.Staff;
import dk.borgerstemme.platform.web.ProblemJson;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Triage and handling for API clients. Scope as on the pages: a case outside the caller's scope is 404
 * (its existence is not revealed), another organisation or a role without complaints 403. Errors are
 * problem documents with a localised {@code detail} (Accept-Language is not read; {@code ?lang=en} or the
 * language cookie chooses English).
 */
@Controller("/api/complaints/{org}/cases")
@Secured({Roles.ADMIN, Roles.CASEWORKER, Roles.UNIT_LEADER})
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Cases")
class CasesApiController {

    private final Catalogue catalogue;
    private final CaseHandling handling;
    private final CaseQueue queue;
    private final CaseReader reader;
    private final CaseActions actions;
    private final Clock clock;

    CasesApiController(Catalogue catalogue, CaseHandling handling, CaseQueue queue, CaseReader reader, CaseActions actions, Clock clock) {
        this.catalogue = catalogue;
        this.handling = handling;
        this.queue = queue;
        this.reader = reader;
        this.actions = actions;
        this.clock = clock;
    }

    @Get
    @Operation(summary = "The queue: the caller's cases, filtered, the nearest running deadline first")
    List<CaseSummary> queue(String org,
                            @Parameter(description = "open (default), all, or a status name") @Nullable @QueryValue String status,
                            @Nullable @QueryValue String team, @Nullable @QueryValue String unit, @Nullable @QueryValue String category,
                            @Parameter(description = "A track name") @Nullable @QueryValue String track,
                            @Parameter(schema = @Schema(allowableValues = {"OVERDUE", "DUE_SOON"})) @Nullable @QueryValue String due,
                            Authentication authentication, HttpRequest<?> request) {
        Organisation organisation = catalogue.require(org);
        CaseScope scope = handling.scopeOf(Staff.of(authentication), org);
        Locale locale = locale(request);
        return queue.entries(organisation, scope, QueueFilter.of(status, team, unit, category, track, due), LocalDate.now(clock)).stream()
            .map(entry -> reader.summary(organisation, entry, locale)).toList();
    }

    @Get("/{reference}")
    @Operation(summary = "A case with its deadlines, their states and its whole timeline; no contact details")
    @ApiResponse(responseCode = "404", description = "No such case in the caller's scope")
    CaseDetails read(String org, String reference, Authentication authentication, HttpRequest<?> request) {
        Staff staff = Staff.of(authentication);
        return details(org, handling.read(org, reference, staff), staff, request);
    }

    @Post("/{reference}/{action}")
    @Operation(summary = "Performs a handling action on the version of the case the caller read")
    @ApiResponse(responseCode = "200", description = "Done; the case as it is now")
    @ApiResponse(responseCode = "409", description = "The case changed since that version, or its status does not allow the action")
    @ApiResponse(responseCode = "422", description = "The action's fields break a rule; errors name the fields")
    CaseDetails act(String org, String reference,
                    @Parameter(schema = @Schema(allowableValues = {"acknowledge", "take", "reply", "note", "recategorise", "reassign",
                        "extend-deadline", "reconsideration", "ankestyrelsen", "close", "reopen", "merge", "withdraw"})) String action,
                    @Body ActionRequest body, Authentication authentication, HttpRequest<?> request) {
        Staff staff = Staff.of(authentication);
        ActionForm chosen = ActionForm.of(action).orElseThrow(() -> new CaseNotFoundException(org, reference));
        ComplaintCase done = actions.perform(chosen, org, reference, staff, body.fields());
        return details(org, done, staff, request);
    }

    private CaseDetails details(String org, ComplaintCase complaint, Staff staff, HttpRequest<?> request) {
        return reader.details(catalogue.require(org), handling.scopeOf(staff, org), complaint, LocalDate.now(clock), locale(request));
    }

    @Error(exception = CaseNotFoundException.class)
    MutableHttpResponse<?> notFound(HttpRequest<?> request) {
        return problem(request, HttpStatus.NOT_FOUND, "notFound", "error.notFound.text", List.of());
    }

    @Error(exception = NoCaseAccessException.class)
    MutableHttpResponse<?> noAccess(HttpRequest<?> request) {
        return problem(request, HttpStatus.FORBIDDEN, "forbidden", "error.forbidden.text", List.of());
    }

    @Error(exception = StaleCaseException.class)
    MutableHttpResponse<?> stale(HttpRequest<?> request, StaleCaseException e) {
        return problem(request, HttpStatus.CONFLICT, "stale", e.messageKey(), List.of());
    }

    @Error(exception = IllegalTransitionException.class)
    MutableHttpResponse<?> illegal(HttpRequest<?> request, IllegalTransitionException e) {
        return problem(request, HttpStatus.CONFLICT, "illegalTransition", e.messageKey(), List.of());
    }

    @Error(exception = ActionRefusedException.class)
    MutableHttpResponse<?> refused(HttpRequest<?> request, ActionRefusedException e) {
        return problem(request, HttpStatus.CONFLICT, "refused", e.messageKey(), List.of());
    }

    @Error(exception = InvalidInputException.class)
    MutableHttpResponse<?> invalid(HttpRequest<?> request, InvalidInputException e) {
        Locale locale = locale(request);
        List<Map<String, String>> errors = e.problems().stream()
            .map(problem -> Map.of("field", problem.field(), "detail", reader.text(problem.messageKey(), locale))).toList();
        return problem(request, HttpStatus.UNPROCESSABLE_ENTITY, "invalid", "triage.problem", errors);
    }

    private MutableHttpResponse<?> problem(HttpRequest<?> request, HttpStatus status, String code, String detailKey,
                                           List<Map<String, String>> errors) {
        return ProblemJson.response(status, code, reader.text(detailKey, locale(request)),
            errors.isEmpty() ? Map.of() : Map.of("errors", errors));
    }

    private static Locale locale(HttpRequest<?> request) {
        return LanguageResolver.languageOf(request).locale();
    }
}
