package dk.borgerstemme.complaint.figures;

import dk.borgerstemme.platform.i18n.LanguageResolver;
import dk.borgerstemme.platform.security.Roles;
import dk.borgerstemme.platform.security.Staff;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.util.Map;

/** Complaint figures for the gateway's portal (docs/complaint-figures-api.md on the portal's side). */
@Controller
@Secured({Roles.ANALYST, Roles.UNIT_LEADER})
@Tag(name = "Figures")
// Blocking: the figures read the database and ask survey-service for the complainants' rating.
@ExecuteOn(TaskExecutors.BLOCKING)
class FiguresController {

    private final FiguresReport report;

    FiguresController(FiguresReport report) {
        this.report = report;
    }

    @Get("/api/complaints/{org}/figures")
    @Operation(summary = "Complaint figures of a period (2026H1, 2026Q2 or 2026-05) by organisation, area or unit, with small groups suppressed")
    Map<String, Object> figures(String org, @QueryValue String period, @QueryValue(defaultValue = "organisation") String by,
                                @Nullable @QueryValue String unit, Authentication authentication, HttpRequest<?> request) {
        return report.build(org, period, by, unit, Staff.of(authentication), LanguageResolver.languageOf(request).locale());
    }

    @Get(value = "/api/complaints/{org}/figures.csv", produces = "text/csv")
    @Operation(summary = "The same figures as CSV: one row per group and figure")
    HttpResponse<String> csv(String org, @QueryValue String period, @QueryValue(defaultValue = "organisation") String by,
                             @Nullable @QueryValue String unit, Authentication authentication, HttpRequest<?> request) {
        Map<String, Object> figures = figures(org, period, by, unit, authentication, request);
        return HttpResponse.ok(FiguresCsv.write(figures))
            .contentType("text/csv; charset=utf-8")
            .header("Content-Disposition", "attachment; filename=\"complaint-figures-" + org + "-" + figures.get("period") + "-" + by + ".csv\"");
    }
}
