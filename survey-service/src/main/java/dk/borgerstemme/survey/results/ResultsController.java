package dk.borgerstemme.survey.results;

import dk.borgerstemme.platform.catalogue.Catalogue;
import dk.borgerstemme.platform.catalogue.MeasurementPoint;
import dk.borgerstemme.platform.catalogue.Organisation;
import dk.borgerstemme.platform.i18n.LanguageResolver;
import dk.borgerstemme.platform.security.Roles;
import dk.borgerstemme.platform.security.Staff;
import dk.borgerstemme.survey.definition.AnsweredHow;
import dk.borgerstemme.survey.definition.Question;
import dk.borgerstemme.survey.definition.SurveyDefinition;
import dk.borgerstemme.survey.wave.SurveyRepositories;
import dk.borgerstemme.survey.wave.Wave;
import dk.borgerstemme.survey.wave.WaveRepository;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * A wave's satisfaction per measurement point, grouped by unit, respondent role or the way the
 * answers were given. An analyst sees the whole organisation; a unit leader only their own units,
 * also in every total. Groups too small to show are suppressed, with their complement.
 */
@Controller("/api/surveys/{org}/waves/{wave}")
@Secured({Roles.ANALYST, Roles.UNIT_LEADER})
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Results")
class ResultsController {

    private final Catalogue catalogue;
    private final WaveRepository waves;
    private final SurveyRepositories.Versions versions;
    private final AnswerRows rows;
    private final ObjectMapper json;

    ResultsController(Catalogue catalogue, WaveRepository waves, SurveyRepositories.Versions versions, AnswerRows rows, ObjectMapper json) {
        this.catalogue = catalogue;
        this.waves = waves;
        this.versions = versions;
        this.rows = rows;
        this.json = json;
    }

    @Get(value = "/results.csv", produces = "text/csv")
    @Operation(summary = "The same figures as CSV, one row per measurement point and group")
    HttpResponse<String> csv(String org, long wave, @Nullable @QueryValue("by") String by, Authentication authentication,
                             HttpRequest<?> request) {
        ResultsResponse results = results(org, wave, by, authentication, request);
        return HttpResponse.ok(ResultsCsv.of(results))
            .contentType(MediaType.of("text/csv;charset=utf-8"))
            .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"results-wave-" + wave + "-" + results.groupedBy() + ".csv\"");
    }

    @Get("/results")
    @Operation(summary = "Satisfaction per measurement point and group for one wave")
    ResultsResponse results(String org, long wave, @Nullable @QueryValue("by") String by, Authentication authentication,
                            HttpRequest<?> request) {
        Organisation organisation = catalogue.require(org);
        Wave found = waves.findById(wave).filter(candidate -> candidate.organisation().equals(org))
            .orElseThrow(() -> new HttpStatusException(HttpStatus.NOT_FOUND, "No such wave"));
        Grouping grouping = Grouping.of(by);
        Staff staff = Staff.of(authentication);
        Set<String> visibleUnits = staff.hasRole(Roles.ANALYST)
            ? Set.copyOf(organisation.units().stream().map(unit -> unit.id()).toList())
            : Set.copyOf(staff.units());
        SurveyDefinition definition = definition(found.surveyVersionId());
        List<AnswerRows.Row> answers = rows.scaleAnswers(wave).stream().filter(row -> visibleUnits.contains(row.unit())).toList();
        Map<String, Integer> codes = rows.codesIssuedPerUnit(wave);
        Map<String, Integer> responses = rows.responsesPerUnit(wave);
        Locale locale = LanguageResolver.languageOf(request).locale();

        List<ResultsResponse.Point> points = new ArrayList<>();
        for (MeasurementPoint point : organisation.framework().points()) {
            List<Question> questions = definition.questions().stream()
                .filter(question -> point.id().equals(question.point()) && question.type().scale().isPresent()).toList();
            if (!questions.isEmpty()) {
                points.add(new ResultsResponse.Point(point.id(), point.name().in(locale),
                    groups(questions, answers, grouping, organisation.minimumGroupSize(), codes, responses)));
            }
        }
        return new ResultsResponse(wave, found.name(), grouping.id, organisation.minimumGroupSize(), points);
    }

    private static List<ResultsResponse.Group> groups(List<Question> questions, List<AnswerRows.Row> answers, Grouping grouping,
                                                      int minimumGroupSize, Map<String, Integer> codes, Map<String, Integer> responses) {
        Map<String, List<ScaleFigures>> byGroup = new TreeMap<>();
        for (Question question : questions) {
            Map<String, List<String>> values = new LinkedHashMap<>();
            answers.stream().filter(row -> row.questionKey().equals(question.key()))
                .forEach(row -> values.computeIfAbsent(grouping.key.apply(row), group -> new ArrayList<>()).add(row.value()));
            values.forEach((group, groupValues) -> byGroup.computeIfAbsent(group, ignored -> new ArrayList<>())
                .add(ScaleFigures.of(question.type().scale().orElseThrow(), groupValues)));
        }
        Map<String, ScaleFigures> figures = new TreeMap<>();
        byGroup.forEach((group, parts) -> figures.put(group, ScaleFigures.combine(parts)));
        Map<String, Integer> sizes = new LinkedHashMap<>();
        figures.forEach((group, groupFigures) -> sizes.put(group, groupFigures.n()));
        Set<String> hidden = Suppression.hidden(sizes, minimumGroupSize);
        List<ResultsResponse.Group> groups = new ArrayList<>();
        figures.forEach((group, groupFigures) -> groups.add(hidden.contains(group)
            ? ResultsResponse.Group.suppressed(group)
            : ResultsResponse.Group.of(group, groupFigures, grouping == Grouping.UNIT ? rate(responses.get(group), codes.get(group)) : null)));
        return groups;
    }

    private static Double rate(Integer responses, Integer codes) {
        return codes == null || codes == 0 || responses == null ? null : (double) responses / codes;
    }

    private SurveyDefinition definition(long versionId) {
        try {
            return json.readValue(versions.findById(versionId).orElseThrow().definition(), SurveyDefinition.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the groups are: units, respondent roles, or alone / helped / answered by proxy. */
    enum Grouping {
        UNIT("unit", AnswerRows.Row::unit),
        ROLE("role", AnswerRows.Row::role),
        ANSWERED_HOW("answered-how", row -> AnsweredHow.fromId(row.answeredHow())
            .map(how -> how.byProxy() ? "proxy" : how.withHelp() ? "helped" : "alone").orElse("alone"));

        private final String id;
        private final Function<AnswerRows.Row, String> key;

        Grouping(String id, Function<AnswerRows.Row, String> key) {
            this.id = id;
            this.key = key;
        }

        static Grouping of(@Nullable String id) {
            if (id == null || id.isBlank()) {
                return UNIT;
            }
            for (Grouping grouping : values()) {
                if (grouping.id.equals(id)) {
                    return grouping;
                }
            }
            throw new HttpStatusException(HttpStatus.BAD_REQUEST, "by must be unit, role or answered-how");
        }
    }
}
