package dk.borgerstemme.survey.results;

import dk.borgerstemme.platform.catalogue.Catalogue;
import dk.borgerstemme.platform.catalogue.MeasurementPoint;
import dk.borgerstemme.platform.catalogue.Organisation;
import dk.borgerstemme.platform.i18n.LanguageResolver;
import dk.borgerstemme.platform.security.Roles;
import dk.borgerstemme.platform.security.Staff;
import dk.borgerstemme.survey.definition.Question;
import dk.borgerstemme.survey.definition.QuestionAspect;
import dk.borgerstemme.survey.definition.Scale;
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
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.inject.Named;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The questions behind a measurement point in a wave: each scored question's figures for the asked scope, with the
 * change since the previous wave compared question by question. An analyst reads the whole organisation or one
 * unit, a unit leader their own units together or one of them.
 */
@Controller
@Secured({Roles.ANALYST, Roles.UNIT_LEADER})
@Tag(name = "Results")
class QuestionsController {

    private final Catalogue catalogue;
    private final QuestionResults results;
    private final MessageSource messages;

    QuestionsController(Catalogue catalogue, QuestionResults results, @Named(QuestionResultsMessages.NAME) MessageSource messages) {
        this.catalogue = catalogue;
        this.results = results;
        this.messages = messages;
    }

    @Get("/api/surveys/{org}/waves/{wave}/questions")
    @Operation(summary = "Per scored question of a wave (those feeding one measurement point, or all): question text in the request's "
        + "language, share positive, mean, distribution, n, 95 % Wilson interval and the change since the previous wave where the question "
        + "is asked alike in both (compared by question key; a new or changed question is flagged not like for like). One cell per question "
        + "for the whole organisation (analysts), one unit (unit=), or a unit leader's own units together; suppressed below the "
        + "organisation's minimum group size and wherever the results by unit hide the unit or the question's point")
    @ApiResponse(responseCode = "200", description = "The questions")
    @ApiResponse(responseCode = "403", description = "Not an analyst or unit leader of the organisation, or not one of the unit leader's units")
    @ApiResponse(responseCode = "404", description = "No such wave in the organisation, or no such measurement point in its framework")
    QuestionsResponse questions(String org, long wave,
                                @Parameter(description = "A measurement point of the framework; all points when absent") @Nullable @QueryValue String point,
                                @Parameter(description = "One unit; a unit leader may ask only for their own") @Nullable @QueryValue String unit,
                                Authentication authentication, HttpRequest<?> request) {
        return response(org, wave, point, unit, authentication, LanguageResolver.languageOf(request).locale());
    }

    @Get(value = "/api/surveys/{org}/waves/{wave}/questions.csv", produces = "text/csv")
    @Operation(summary = "The same questions as CSV")
    HttpResponse<String> csv(String org, long wave, @Nullable @QueryValue String point, @Nullable @QueryValue String unit,
                             Authentication authentication, HttpRequest<?> request) {
        QuestionsResponse response = response(org, wave, point, unit, authentication, LanguageResolver.languageOf(request).locale());
        return HttpResponse.ok(QuestionsCsv.of(response))
            .contentType("text/csv; charset=utf-8")
            .header("Content-Disposition", "attachment; filename=\"questions-wave-" + wave + (point == null ? "" : "-" + point) + ".csv\"");
    }

    private QuestionsResponse response(String org, long waveId, @Nullable String point, @Nullable String unit, Authentication authentication,
                                       Locale locale) {
        Organisation organisation = catalogue.require(org);
        Optional<String> asked = Optional.ofNullable(point).filter(id -> !id.isBlank());
        if (asked.isPresent() && organisation.framework().point(asked.get()).isEmpty()) {
            throw new HttpStatusException(HttpStatus.NOT_FOUND, "No such measurement point");
        }
        Staff staff = Staff.of(authentication);
        Optional<String> askedUnit = Optional.ofNullable(unit).filter(id -> !id.isBlank());
        ResultScope scope = ResultScope.of(staff, askedUnit)
            .orElseThrow(() -> new HttpStatusException(HttpStatus.FORBIDDEN, "Not one of your units"));
        ResultsReader.FieldedWave wave = results.wave(organisation, waveId)
            .orElseThrow(() -> new HttpStatusException(HttpStatus.NOT_FOUND, "No such wave"));
        QuestionResults.Report report = results.report(organisation, wave, asked, scope);
        String scopeName = scope.wholeOrganisation() ? "organisation" : askedUnit.isPresent() ? "unit" : "units";
        List<String> units = scope.wholeOrganisation() || askedUnit.isPresent() ? null : List.copyOf(staff.units());
        return new QuestionsResponse(wave.id(), wave.name(), report.previousWave().map(ResultsReader.FieldedWave::id).orElse(null),
            report.previousWave().map(ResultsReader.FieldedWave::name).orElse(null), organisation.minimumGroupSize(), scopeName,
            askedUnit.orElse(null), units, asked.orElse(null),
            report.rows().stream().map(row -> cell(organisation, row, locale)).toList());
    }

    private QuestionsResponse.QuestionCell cell(Organisation organisation, QuestionResults.Row row, Locale locale) {
        Question question = row.now().question();
        Scale scale = question.type().scale().orElseThrow();
        String pointName = organisation.framework().point(question.point()).map(MeasurementPoint::name).map(name -> name.in(locale))
            .orElse(question.point());
        Optional<ScaleFigures> figures = row.now().figures();
        boolean compared = row.comparison() == QuestionResults.Comparison.LIKE_FOR_LIKE;
        Boolean likeForLike = row.comparison() == QuestionResults.Comparison.NONE ? null : compared;
        String why = switch (row.comparison()) {
            case NONE, LIKE_FOR_LIKE -> null;
            case NEW -> text("questions.notLikeForLike.new", locale);
            case CHANGED -> row.changedAspects().stream().anyMatch(aspect -> !aspect.keepsComparison())
                ? text("questions.notLikeForLike.changed", locale) : text("questions.notLikeForLike.framework", locale);
        };
        List<String> aspects = row.changedAspects().isEmpty() ? null
            : row.changedAspects().stream().map(QuestionAspect::name).map(name -> name.toLowerCase(Locale.ROOT).replace('_', '-')).toList();
        return new QuestionsResponse.QuestionCell(question.key(), question.point(), pointName, question.text().in(locale), scale.id(),
            figures.isEmpty(),
            row.now().hidden().map(reason -> reason.name().toLowerCase(Locale.ROOT).replace('_', '-')).orElse(null),
            figures.map(ScaleFigures::n).orElse(null),
            figures.map(ScaleFigures::dontKnow).orElse(null),
            figures.flatMap(shown -> boxed(shown.sharePositive())).orElse(null),
            figures.flatMap(shown -> boxed(shown.mean())).orElse(null),
            figures.map(shown -> steps(question, scale, shown.distribution(), locale)).orElse(null),
            figures.filter(shown -> shown.n() > 0).map(shown -> shown.interval().lower()).orElse(null),
            figures.filter(shown -> shown.n() > 0).map(shown -> shown.interval().upper()).orElse(null),
            row.comparison().name().toLowerCase(Locale.ROOT).replace('_', '-'),
            likeForLike, why, aspects,
            row.before().flatMap(before -> boxed(before.sharePositive())).orElse(null),
            row.before().map(ScaleFigures::n).orElse(null),
            row.change().map(ChangeSincePreviousWave::difference).orElse(null),
            row.change().map(ChangeSincePreviousWave::beyondNoise).orElse(null));
    }

    private static List<QuestionsResponse.Step> steps(Question question, Scale scale, Map<String, Integer> distribution, Locale locale) {
        return scale.steps().stream().map(question::labelled)
            .map(step -> new QuestionsResponse.Step(step.value(), step.label().in(locale), distribution.getOrDefault(step.value(), 0)))
            .collect(Collectors.toList());
    }

    private static Optional<Double> boxed(java.util.OptionalDouble value) {
        return value.isPresent() ? Optional.of(value.getAsDouble()) : Optional.empty();
    }

    private String text(String key, Locale locale) {
        return messages.getRawMessage(key, MessageSource.MessageContext.of(locale))
            .orElseThrow(() -> new IllegalStateException("No text " + key));
    }
}
