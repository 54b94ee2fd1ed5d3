package dk.borgerstemme.survey.internal;

import dk.borgerstemme.platform.catalogue.Catalogue;
import dk.borgerstemme.platform.catalogue.Organisation;
import dk.borgerstemme.platform.security.internal.InternalApi;
import dk.borgerstemme.platform.web.ProblemJson;
import dk.borgerstemme.survey.results.ComplaintHandlingFigures;
import dk.borgerstemme.survey.wave.Wave;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Hidden;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The internal rating API: the complaint service reads the complainants' rating of the complaint handling of a
 * half-year ({@code 2026H1}) for its complaint figures, for the whole organisation or limited to a unit
 * leader's units ({@code ?units=a,b}). The half-year's standing wave answers; before any code was asked for in
 * the half-year there is no wave and every group has n = 0. Only a service with the internal secret gets here.
 */
@Controller("/internal/surveys/{org}/complaint-handling/{halfYear}")
@Secured(InternalApi.ROLE)
@ExecuteOn(TaskExecutors.BLOCKING)
@Hidden
class InternalHandlingRatingController {

    private final Catalogue catalogue;
    private final StandingWaves standingWaves;
    private final ComplaintHandlingFigures figures;

    InternalHandlingRatingController(Catalogue catalogue, StandingWaves standingWaves, ComplaintHandlingFigures figures) {
        this.catalogue = catalogue;
        this.standingWaves = standingWaves;
        this.figures = figures;
    }

    @Get
    MutableHttpResponse<?> rating(String org, String halfYear, @Nullable @QueryValue String units) {
        Organisation organisation = catalogue.require(org);
        Map<String, String> problems = new LinkedHashMap<>();
        Optional<HalfYear> period = HalfYear.parse(halfYear);
        if (period.isEmpty()) {
            problems.put("halfYear", "must be a half-year such as 2026H1");
        }
        Optional<Set<String>> limitedTo = Optional.ofNullable(units).filter(text -> !text.isBlank())
            .map(text -> new LinkedHashSet<>(Arrays.stream(text.split(",")).map(String::strip).filter(unit -> !unit.isEmpty()).toList()));
        limitedTo.ifPresent(asked -> asked.stream().filter(unit -> organisation.unit(unit).isEmpty()).findFirst()
            .ifPresent(unknown -> problems.put("units", unknown + " is not a unit of " + organisation.shortName())));
        if (!problems.isEmpty()) {
            Map<String, Object> problem = ProblemJson.of(HttpStatus.BAD_REQUEST, "invalid");
            problem.put("problems", problems);
            return ProblemJson.response(HttpStatus.BAD_REQUEST, problem);
        }
        Optional<Wave> wave = standingWaves.complaintHandlingWaveOf(organisation, period.get());
        ComplaintHandlingFigures.Report report = wave.flatMap(fielded -> figures.of(organisation, fielded.id(), limitedTo))
            .orElseGet(() -> figures.nobody(organisation, limitedTo, standingWaves.complaintHandlingSurvey()));
        return HttpResponse.ok(new HandlingRatingResponse(organisation.shortName(), period.get().asAsked(),
            wave.map(Wave::id).orElse(null), wave.map(Wave::name).orElse(null), wave.map(Wave::closesOn).orElse(null),
            organisation.minimumGroupSize(),
            new HandlingRatingResponse.Scope(limitedTo.isPresent() ? "units" : "organisation", limitedTo.map(List::copyOf).orElse(List.of())),
            report.questions().stream().map(question -> new HandlingRatingResponse.Question(question.key(), question.text().da(),
                question.text().en())).toList(),
            HandlingRatingResponse.Group.of(report.total()),
            report.areas().stream().map(HandlingRatingResponse.Group::of).toList(),
            report.units().stream().map(HandlingRatingResponse.Group::of).toList()));
    }
}
