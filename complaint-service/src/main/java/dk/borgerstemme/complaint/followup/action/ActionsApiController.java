package dk.borgerstemme.complaint.followup.action;

import dk.borgerstemme.complaint.handling.InvalidInputException;
import dk.borgerstemme.complaint.handling.NoCaseAccessException;
import dk.borgerstemme.platform.catalogue.Catalogue;
import dk.borgerstemme.platform.catalogue.Organisation;
import dk.borgerstemme.platform.i18n.LanguageResolver;
import dk.borgerstemme.platform.security.Roles;
import dk.borgerstemme.platform.security.Staff;
import dk.borgerstemme.platform.web.ProblemJson;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
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

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Learning → action for API clients, with the pages' rules and scope: an action outside the caller's
 * scope is 404, another organisation or a role without complaints 403, a stale version 409, input that
 * breaks a rule 422 naming the fields. Errors are problem documents with a localised {@code detail}.
 */
@Controller("/api/complaints/{org}/actions")
@Secured({Roles.ADMIN, Roles.CASEWORKER, Roles.UNIT_LEADER})
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Actions")
class ActionsApiController {

    private final Catalogue catalogue;
    private final ActionTracking tracking;
    private final ActionReader reader;
    private final Clock clock;

    ActionsApiController(Catalogue catalogue, ActionTracking tracking, ActionReader reader, Clock clock) {
        this.catalogue = catalogue;
        this.tracking = tracking;
        this.reader = reader;
        this.clock = clock;
    }

    @Get
    @Operation(summary = "The caller's actions: open first, by due date")
    List<ActionRow> list(String org,
                         @Parameter(schema = @Schema(allowableValues = {"open", "overdue", "done", "all"}, defaultValue = "open"))
                         @Nullable @QueryValue String status,
                         @Parameter(description = "A unit id") @Nullable @QueryValue String unit,
                         Authentication authentication, HttpRequest<?> request) {
        Organisation organisation = catalogue.require(org);
        ActionFilter filter = ActionFilter.of(status, unit);
        return reader.rows(organisation, tracking.list(org, Staff.of(authentication)), LocalDate.now(clock), locale(request)).stream()
            .filter(filter::keeps).toList();
    }

    @Get("/{id}")
    @Operation(summary = "An action")
    @ApiResponse(responseCode = "404", description = "No such action in the caller's scope")
    ActionRow read(String org, long id, Authentication authentication, HttpRequest<?> request) {
        return row(org, tracking.read(org, id, Staff.of(authentication)), request);
    }

    @Post
    @Operation(summary = "Creates an action from a case being handled or closed; the case's audit trail records it")
    @ApiResponse(responseCode = "201", description = "Created; Location names the action")
    @ApiResponse(responseCode = "422", description = "A field breaks a rule (also: the case is not in the caller's scope)")
    HttpResponse<ActionRow> create(String org, @Body ActionRequests.Create body, Authentication authentication, HttpRequest<?> request) {
        ComplaintAction created = tracking.create(org, Staff.of(authentication), body.input());
        return HttpResponse.created(row(org, created, request), URI.create("/api/complaints/" + org + "/actions/" + created.getId()));
    }

    @Put("/{id}")
    @Operation(summary = "Changes description, owner, due date and unit of the version the caller read")
    @ApiResponse(responseCode = "409", description = "The action changed since that version")
    @ApiResponse(responseCode = "422", description = "A field breaks a rule")
    ActionRow change(String org, long id, @Body ActionRequests.Change body, Authentication authentication, HttpRequest<?> request) {
        return row(org, tracking.update(org, id, Staff.of(authentication), body.version(), body.input()), request);
    }

    @Post("/{id}/done")
    @Operation(summary = "Marks the action done on a day (today or earlier)")
    @ApiResponse(responseCode = "409", description = "The action changed since that version")
    ActionRow done(String org, long id, @Body ActionRequests.Done body, Authentication authentication, HttpRequest<?> request) {
        return row(org, tracking.markDone(org, id, Staff.of(authentication), body.version(), body.doneOn()), request);
    }

    @Post("/{id}/publish")
    @Operation(summary = "Publishes the action on the organisation's \"I sagde, vi gjorde\" page with a text for citizens")
    @ApiResponse(responseCode = "409", description = "The action changed since that version")
    ActionRow publish(String org, long id, @Body ActionRequests.Publish body, Authentication authentication, HttpRequest<?> request) {
        return row(org, tracking.publish(org, id, Staff.of(authentication), body.version(), body.publicText(), body.publicTextEn()), request);
    }

    @Post("/{id}/unpublish")
    @Operation(summary = "Takes the action off the public page")
    @ApiResponse(responseCode = "409", description = "The action changed since that version")
    ActionRow unpublish(String org, long id, @Body ActionRequests.Unpublish body, Authentication authentication, HttpRequest<?> request) {
        return row(org, tracking.unpublish(org, id, Staff.of(authentication), body.version()), request);
    }

    private ActionRow row(String org, ComplaintAction action, HttpRequest<?> request) {
        return reader.row(catalogue.require(org), action, tracking.caseOf(action).getReference(), LocalDate.now(clock), locale(request));
    }

    @Error(exception = ActionNotFoundException.class)
    MutableHttpResponse<?> notFound(HttpRequest<?> request) {
        return problem(request, HttpStatus.NOT_FOUND, "notFound", "error.notFound.text", List.of());
    }

    @Error(exception = NoCaseAccessException.class)
    MutableHttpResponse<?> noAccess(HttpRequest<?> request) {
        return problem(request, HttpStatus.FORBIDDEN, "forbidden", "error.forbidden.text", List.of());
    }

    @Error(exception = StaleActionException.class)
    MutableHttpResponse<?> stale(HttpRequest<?> request) {
        return problem(request, HttpStatus.CONFLICT, "stale", StaleActionException.MESSAGE_KEY, List.of());
    }

    @Error(exception = InvalidInputException.class)
    MutableHttpResponse<?> invalid(HttpRequest<?> request, InvalidInputException e) {
        Locale locale = locale(request);
        List<Map<String, String>> errors = e.problems().stream()
            .map(problem -> Map.of("field", problem.field(), "detail", reader.text(problem.messageKey(), locale))).toList();
        return problem(request, HttpStatus.UNPROCESSABLE_ENTITY, "invalid", "actions.problem", errors);
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
