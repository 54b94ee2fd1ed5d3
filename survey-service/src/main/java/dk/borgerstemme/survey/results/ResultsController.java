package dk.borgerstemme.survey.results;

import dk.borgerstemme.platform.catalogue.Catalogue;
import dk.borgerstemme.platform.catalogue.MeasurementPoint;
import dk.borgerstemme.platform.catalogue.Organisation;
import dk.borgerstemme.platform.i18n.LanguageResolver;
import dk.borgerstemme.platform.security.Roles;
import dk.borgerstemme.platform.security.Staff;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.util.Locale;
import java.util.Optional;

/**
 * Satisfaction results of a wave per measurement point × group, as JSON for the portal and as CSV.
 * An analyst reads the whole organisation, a unit leader only their own units.
 */
@Controller
@Secured({Roles.ANALYST, Roles.UNIT_LEADER})
@Tag(name = "Results")
class ResultsController {

    private final Catalogue catalogue;
    private final WaveResults results;

    ResultsController(Catalogue catalogue, WaveResults results) {
        this.catalogue = catalogue;
        this.results = results;
    }

    @Get("/api/surveys/{org}/waves/{wave}/results")
    @Operation(summary = "Share positive, mean, distribution, 95 % Wilson interval, response rate and change since the "
        + "previous wave per measurement point, split by unit, area, role or answered-how; small groups suppressed")
    ResultsResponse results(String org, long wave, @QueryValue(defaultValue = "unit") String by, @Nullable @QueryValue String unit,
                            Authentication authentication, HttpRequest<?> request) {
        return response(org, wave, by, unit, authentication, LanguageResolver.languageOf(request).locale());
    }

    @Get(value = "/api/surveys/{org}/waves/{wave}/results.csv", produces = "text/csv")
    @Operation(summary = "The same results as CSV")
    HttpResponse<String> csv(String org, long wave, @QueryValue(defaultValue = "unit") String by, @Nullable @QueryValue String unit,
                             Authentication authentication, HttpRequest<?> request) {
        ResultsResponse response = response(org, wave, by, unit, authentication, LanguageResolver.languageOf(request).locale());
        return HttpResponse.ok(ResultsCsv.of(response))
            .contentType("text/csv; charset=utf-8")
            .header("Content-Disposition", "attachment; filename=\"results-wave-" + wave + "-" + response.by() + ".csv\"");
    }

    private ResultsResponse response(String org, long waveId, String by, @Nullable String unit, Authentication authentication, Locale locale) {
        Organisation organisation = catalogue.require(org);
        Grouping grouping = Grouping.fromId(by)
            .orElseThrow(() -> new HttpStatusException(HttpStatus.BAD_REQUEST, "by must be unit, area, role or answered-how"));
        ResultScope scope = ResultScope.of(Staff.of(authentication), Optional.ofNullable(unit))
            .orElseThrow(() -> new HttpStatusException(HttpStatus.FORBIDDEN, "Not one of your units"));
        ResultsReader.FieldedWave wave = results.wave(organisation, waveId)
            .orElseThrow(() -> new HttpStatusException(HttpStatus.NOT_FOUND, "No such wave"));
        WaveResults.Report report = results.report(organisation, wave, grouping, scope);
        return new ResultsResponse(wave.id(), wave.name(), grouping.id(), organisation.minimumGroupSize(), report.previousWave().orElse(null),
            report.points().stream().map(point -> new ResultsResponse.Point(point.point(),
                organisation.framework().point(point.point()).map(MeasurementPoint::name).map(name -> name.in(locale)).orElse(point.point()),
                point.groups().stream().map(ResultsResponse.Cell::of).toList(),
                ResultsResponse.Cell.of(point.total()))).toList());
    }
}
