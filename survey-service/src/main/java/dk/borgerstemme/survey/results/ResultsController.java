package dk.borgerstemme.survey.results;

import dk.borgerstemme.platform.catalogue.Catalogue;
import dk.borgerstemme.platform.catalogue.MeasurementPoint;
import dk.borgerstemme.platform.catalogue.Organisation;
import dk.borgerstemme.platform.i18n.LanguageResolver;
import dk.borgerstemme.platform.security.Roles;
import dk.borgerstemme.platform.security.Staff;
import io.micronaut.context.MessageSource;
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
import jakarta.inject.Named;

import java.util.List;
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
    private final MessageSource messages;

    ResultsController(Catalogue catalogue, WaveResults results, @Named(ResultsMessages.NAME) MessageSource messages) {
        this.catalogue = catalogue;
        this.results = results;
        this.messages = messages;
    }

    @Get("/api/surveys/{org}/waves/{wave}/results")
    @Operation(summary = "Share positive, mean, distribution, 95 % Wilson interval, response rate and change since the "
        + "previous wave per measurement point, split by unit, area, role or answered-how, or combined by unit,role, area,role "
        + "or unit,answered-how; small groups suppressed together with complementary cells; a point whose questions changed "
        + "since the previous wave is flagged not like for like")
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
            .header("Content-Disposition", "attachment; filename=\"results-wave-" + wave + "-" + response.by().replace(',', '-') + ".csv\"");
    }

    private ResultsResponse response(String org, long waveId, String by, @Nullable String unit, Authentication authentication, Locale locale) {
        Organisation organisation = catalogue.require(org);
        Split split = Split.fromId(by).orElseThrow(() -> new HttpStatusException(HttpStatus.BAD_REQUEST,
            "by must be unit, area, role, answered-how, unit,role, area,role or unit,answered-how"));
        ResultScope scope = ResultScope.of(Staff.of(authentication), Optional.ofNullable(unit))
            .orElseThrow(() -> new HttpStatusException(HttpStatus.FORBIDDEN, "Not one of your units"));
        ResultsReader.FieldedWave wave = results.wave(organisation, waveId)
            .orElseThrow(() -> new HttpStatusException(HttpStatus.NOT_FOUND, "No such wave"));
        WaveResults.Report report = results.report(organisation, wave, split, scope);
        return new ResultsResponse(wave.id(), wave.name(), split.id(), organisation.minimumGroupSize(), report.previousWave().orElse(null),
            report.points().stream().map(point -> {
                Optional<WaveComparison.PointComparison> comparison = Optional.ofNullable(report.comparisons().get(point.point()));
                return new ResultsResponse.Point(point.point(),
                    organisation.framework().point(point.point()).map(MeasurementPoint::name).map(name -> name.in(locale))
                        .orElseGet(() -> pointName(point.point(), locale)),
                    cells(point.groups()),
                    split.isCombined() ? cells(point.rows()) : null,
                    split.isCombined() ? cells(point.columns()) : null,
                    ResultsResponse.Cell.of(point.total()),
                    comparison.map(WaveComparison.PointComparison::likeForLike).orElse(null),
                    comparison.filter(compared -> !compared.likeForLike()).map(compared -> explanation(compared, locale)).orElse(null),
                    comparison.map(WaveComparison.PointComparison::comparedOn).orElse(null));
            }).toList());
    }

    /** A point outside the framework: the complaint-handling survey's synthetic point has a name of its own. */
    private String pointName(String point, Locale locale) {
        return ComplaintHandlingPoint.ID.equals(point) ? ResultsMessages.text(messages, "results.point.klagebehandling", locale) : point;
    }

    private static List<ResultsResponse.Cell> cells(List<GroupResult> results) {
        return results.stream().map(ResultsResponse.Cell::of).toList();
    }

    private String explanation(WaveComparison.PointComparison comparison, Locale locale) {
        int asked = comparison.comparedOn().size() + comparison.added().size() + comparison.changed().size();
        return comparison.comparedOn().isEmpty()
            ? ResultsMessages.text(messages, "results.notLikeForLike.nothingInCommon", locale)
            : ResultsMessages.text(messages, "results.notLikeForLike.compared", locale, comparison.comparedOn().size(), asked);
    }
}
