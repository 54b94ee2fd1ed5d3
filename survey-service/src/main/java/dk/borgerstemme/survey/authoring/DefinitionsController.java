package dk.borgerstemme.survey.authoring;

import dk.borgerstemme.platform.catalogue.Catalogue;
import dk.borgerstemme.platform.catalogue.Organisation;
import dk.borgerstemme.platform.i18n.LanguageResolver;
import dk.borgerstemme.platform.security.Roles;
import dk.borgerstemme.platform.web.ProblemJson;
import dk.borgerstemme.survey.definition.Ids;
import dk.borgerstemme.survey.definition.SurveyDefinition;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Survey definitions of an organisation as JSON: administrators create, edit, check and publish; analysts
 * may read. Errors are problem documents; a refused definition lists its fields ({@code fields}) or the
 * check's findings ({@code check}) in the caller's language.
 */
@Controller("/api/surveys/{org}/definitions")
@Secured({Roles.ADMIN, Roles.ANALYST})
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Survey definitions")
class DefinitionsController {

    private final Catalogue catalogue;
    private final SurveyAuthoring authoring;
    private final AuthoringTexts texts;

    DefinitionsController(Catalogue catalogue, SurveyAuthoring authoring, AuthoringTexts texts) {
        this.catalogue = catalogue;
        this.authoring = authoring;
        this.texts = texts;
    }

    @Get
    @Operation(summary = "The organisation's surveys with their versions and whether each is a draft or published")
    List<DefinitionsApi.SurveyResponse> surveys(String org, HttpRequest<?> request) {
        catalogue.require(org);
        return authoring.surveys(org).stream().map(survey -> DefinitionsApi.SurveyResponse.of(survey, locale(request))).toList();
    }

    @Get("/{id}")
    @Operation(summary = "One survey with its versions")
    DefinitionsApi.SurveyResponse survey(String org, String id, HttpRequest<?> request) {
        catalogue.require(org);
        return DefinitionsApi.SurveyResponse.of(authoring.require(org, id), locale(request));
    }

    @Get("/{id}/draft")
    @Operation(summary = "The survey's draft with the check's findings")
    DefinitionsApi.VersionResponse draft(String org, String id, HttpRequest<?> request) {
        catalogue.require(org);
        AuthoredSurvey survey = authoring.require(org, id);
        StoredVersion draft = survey.draft().orElseThrow(() -> new AuthoringProblem(AuthoringProblem.Kind.NO_DRAFT));
        return version(survey, draft, locale(request));
    }

    @Get("/{id}/versions/{number}")
    @Operation(summary = "One version of the survey, published or the draft")
    DefinitionsApi.VersionResponse version(String org, String id, int number, HttpRequest<?> request) {
        catalogue.require(org);
        AuthoredSurvey survey = authoring.require(org, id);
        StoredVersion version = survey.version(number).orElseThrow(() -> new AuthoringProblem(AuthoringProblem.Kind.NOT_FOUND));
        return version(survey, version, locale(request));
    }

    @Post
    @Secured(Roles.ADMIN)
    @Operation(summary = "A new survey whose first version is a draft: from scratch, a copy of a shipped survey or of a published version")
    @ApiResponse(responseCode = "201", description = "the draft")
    @ApiResponse(responseCode = "409", description = "another survey has the id")
    @ApiResponse(responseCode = "422", description = "fields that cannot be stored, each with a message")
    MutableHttpResponse<?> create(String org, @Body DefinitionsApi.CreateRequest create, HttpRequest<?> request) {
        Organisation organisation = catalogue.require(org);
        Locale locale = locale(request);
        int sources = (create.definition() == null ? 0 : 1) + (create.fromDefault() == null ? 0 : 1) + (create.fromSurvey() == null ? 0 : 1);
        if (sources != 1) {
            return invalid(List.of(FieldProblem.of("definition", "oneSource")), locale);
        }
        SurveyDefinition source;
        String id = create.id();
        if (create.definition() != null) {
            DefinitionInput.Outcome read = DefinitionInput.read(create.definition(), organisation);
            if (!read.isValid()) {
                return invalid(read.problems(), locale);
            }
            source = read.definition();
            id = id == null ? source.id() : id;
        } else if (create.fromDefault() != null) {
            source = authoring.offeredDefaults(organisation).stream().filter(survey -> survey.id().equals(create.fromDefault()))
                .findFirst().orElse(null);
            if (source == null) {
                return invalid(List.of(FieldProblem.of("fromDefault", "defaultUnknown")), locale);
            }
            id = id == null ? source.id() : id;
        } else {
            source = create.fromVersion() == null ? null
                : authoring.publishedVersion(org, create.fromSurvey(), create.fromVersion()).orElse(null);
            if (source == null) {
                return invalid(List.of(FieldProblem.of("fromVersion", "versionUnknown")), locale);
            }
        }
        if (!Ids.isId(id)) {
            return invalid(List.of(FieldProblem.of("id", "idInvalid")), locale);
        }
        AuthoredSurvey survey = authoring.create(org, SurveyAuthoring.withId(source, id));
        return HttpResponse.created(version(survey, survey.draft().orElseThrow(), locale))
            .headers(headers -> headers.location(URI.create("/api/surveys/" + org + "/definitions/" + survey.slug() + "/draft")));
    }

    @Post("/{id}/draft")
    @Secured(Roles.ADMIN)
    @Operation(summary = "Start editing a published survey: a new draft, numbered as the next version, with every question's key kept")
    @ApiResponse(responseCode = "201", description = "the new draft")
    @ApiResponse(responseCode = "409", description = "stale version, or the survey already has a draft")
    MutableHttpResponse<?> startDraft(String org, String id, @Body DefinitionsApi.DraftRequest change, HttpRequest<?> request) {
        catalogue.require(org);
        if (change.version() == null) {
            return versionMissing(locale(request));
        }
        AuthoredSurvey survey = authoring.startDraft(org, id, change.version());
        return HttpResponse.created(version(survey, survey.draft().orElseThrow(), locale(request)));
    }

    @Put("/{id}/draft")
    @Secured(Roles.ADMIN)
    @Operation(summary = "Replace the draft's definition; the answer carries the check's findings")
    @ApiResponse(responseCode = "409", description = "the version named is stale: someone changed the survey since")
    @ApiResponse(responseCode = "422", description = "fields that cannot be stored, each with a message")
    MutableHttpResponse<?> replaceDraft(String org, String id, @Body DefinitionsApi.DraftRequest change, HttpRequest<?> request) {
        Organisation organisation = catalogue.require(org);
        Locale locale = locale(request);
        if (change.version() == null) {
            return versionMissing(locale);
        }
        long version = change.version();
        if (change.definition() == null) {
            return invalid(List.of(FieldProblem.of("definition", "definitionMissing")), locale);
        }
        DefinitionInput.Outcome read = DefinitionInput.read(change.definition(), organisation);
        if (!read.isValid()) {
            return invalid(read.problems(), locale);
        }
        if (read.definition().id() != null && !read.definition().id().equals(id)) {
            return invalid(List.of(FieldProblem.of("definition.id", "idFixed", id)), locale);
        }
        AuthoredSurvey survey = authoring.replaceDraft(org, id, version, read.definition());
        return HttpResponse.ok(version(survey, survey.draft().orElseThrow(), locale));
    }

    @Delete("/{id}/draft")
    @Secured(Roles.ADMIN)
    @Operation(summary = "Throw the draft away; a survey that was never published goes with it")
    @ApiResponse(responseCode = "204", description = "gone")
    HttpResponse<?> discardDraft(String org, String id, @QueryValue long version) {
        catalogue.require(org);
        authoring.discardDraft(org, id, version);
        return HttpResponse.noContent();
    }

    @Post("/{id}/draft/check")
    @Secured(Roles.ADMIN)
    @Operation(summary = "Run the authoring check (EN 301 549 clause 11.8) on the draft: errors refuse publication, warnings inform")
    AuthoringTexts.Findings check(String org, String id, HttpRequest<?> request) {
        catalogue.require(org);
        AuthoredSurvey survey = authoring.require(org, id);
        StoredVersion draft = survey.draft().orElseThrow(() -> new AuthoringProblem(AuthoringProblem.Kind.NO_DRAFT));
        return texts.findings(authoring.check(draft.definition()), draft.definition(), locale(request));
    }

    @Post("/{id}/draft/publish")
    @Secured(Roles.ADMIN)
    @Operation(summary = "Publish the draft as its version; published versions never change")
    @ApiResponse(responseCode = "409", description = "stale version")
    @ApiResponse(responseCode = "422", description = "the check refuses the draft (check lists why), or nothing changed since the published version")
    MutableHttpResponse<?> publish(String org, String id, @Body DefinitionsApi.DraftRequest change, HttpRequest<?> request) {
        catalogue.require(org);
        if (change.version() == null) {
            return versionMissing(locale(request));
        }
        SurveyAuthoring.Published published = authoring.publish(org, id, change.version());
        StoredVersion version = published.version();
        return HttpResponse.ok(new DefinitionsApi.PublishResponse(id, version.number(), version.publishedOn(), published.survey().lock(),
            published.changes(), texts.findings(published.report(), version.definition(), locale(request))));
    }

    @Error(exception = AuthoringProblem.class)
    MutableHttpResponse<?> refused(HttpRequest<?> request, AuthoringProblem problem) {
        Locale locale = locale(request);
        Map<String, Object> extra = new LinkedHashMap<>();
        if (problem.report() != null) {
            extra.put("check", texts.findings(problem.report(), problem.refused(), locale));
        }
        HttpStatus status = switch (problem.kind()) {
            case NOT_FOUND, NO_DRAFT -> HttpStatus.NOT_FOUND;
            case STALE, ID_TAKEN, DRAFT_EXISTS -> HttpStatus.CONFLICT;
            case REFUSED, UNCHANGED -> HttpStatus.UNPROCESSABLE_ENTITY;
        };
        String code = problem.kind().name().toLowerCase(Locale.ROOT).replace('_', '-');
        return ProblemJson.response(status, code, texts.text("authoring.problem." + code, locale), extra);
    }

    private MutableHttpResponse<?> invalid(List<FieldProblem> problems, Locale locale) {
        List<FieldProblem.Shown> shown = problems.stream()
            .map(problem -> new FieldProblem.Shown(problem.field(), problem.code(), texts.problem(problem, locale))).toList();
        return ProblemJson.response(HttpStatus.UNPROCESSABLE_ENTITY, "invalid-definition", texts.text("authoring.problem.invalid-definition", locale),
            Map.of("fields", shown));
    }

    private DefinitionsApi.VersionResponse version(AuthoredSurvey survey, StoredVersion version, Locale locale) {
        AuthoringTexts.Findings check = version.isDraft() ? texts.findings(authoring.check(version.definition()), version.definition(), locale) : null;
        return new DefinitionsApi.VersionResponse(survey.slug(), version.number(), version.status(), version.publishedOn(), survey.lock(),
            SurveyDocument.of(version.definition()), check);
    }

    private MutableHttpResponse<?> versionMissing(Locale locale) {
        return invalid(List.of(FieldProblem.of("version", "versionMissing")), locale);
    }

    private static Locale locale(HttpRequest<?> request) {
        return LanguageResolver.languageOf(request).locale();
    }
}
