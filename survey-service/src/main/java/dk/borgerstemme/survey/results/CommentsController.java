package dk.borgerstemme.survey.results;

import dk.borgerstemme.platform.catalogue.Catalogue;
import dk.borgerstemme.platform.catalogue.Organisation;
import dk.borgerstemme.platform.i18n.LanguageResolver;
import dk.borgerstemme.platform.security.Roles;
import dk.borgerstemme.platform.security.Staff;
import dk.borgerstemme.survey.definition.QuestionType;
import dk.borgerstemme.survey.definition.SurveyDefinition;
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

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The free-text comments of a wave, for analysts only: a unit leader reads the comments about their own staff
 * from people they meet, and would too often know who wrote them. Comments come grouped by question and unit,
 * sorted by text, without response ids, so a comment cannot be put together with the other answers of the
 * response it came from. A unit with fewer responses than the minimum group size shows no comments.
 */
@Controller
@Secured(Roles.ANALYST)
@Tag(name = "Results")
class CommentsController {

    private final Catalogue catalogue;
    private final WaveResults results;
    private final ResultsReader reader;
    private final MessageSource messages;

    CommentsController(Catalogue catalogue, WaveResults results, ResultsReader reader, @Named(ResultsMessages.NAME) MessageSource messages) {
        this.catalogue = catalogue;
        this.results = results;
        this.reader = reader;
        this.messages = messages;
    }

    @Get("/api/surveys/{org}/waves/{wave}/comments")
    @Operation(summary = "Free-text comments per question and unit, with a warning that they may contain personal data; "
        + "analysts only; units below the minimum group size suppressed")
    CommentsResponse comments(String org, long wave, @Nullable @QueryValue String unit, Authentication authentication, HttpRequest<?> request) {
        return response(org, wave, unit, authentication, LanguageResolver.languageOf(request).locale());
    }

    @Get(value = "/api/surveys/{org}/waves/{wave}/comments.csv", produces = "text/csv")
    @Operation(summary = "The same comments as CSV; the first line is the warning")
    HttpResponse<String> csv(String org, long wave, @Nullable @QueryValue String unit, Authentication authentication, HttpRequest<?> request) {
        CommentsResponse response = response(org, wave, unit, authentication, LanguageResolver.languageOf(request).locale());
        StringBuilder csv = new StringBuilder(ResultsCsv.line(List.of(response.warning())));
        csv.append(ResultsCsv.line(List.of("question", "unit", "suppressed", "comment")));
        for (CommentsResponse.Question question : response.questions()) {
            for (CommentsResponse.Unit group : question.units()) {
                if (group.suppressed()) {
                    csv.append(ResultsCsv.line(List.of(question.question(), group.unit(), "true", "")));
                } else {
                    group.comments().forEach(comment -> csv.append(ResultsCsv.line(List.of(question.question(), group.unit(), "false", comment))));
                }
            }
        }
        return HttpResponse.ok(csv.toString())
            .contentType("text/csv; charset=utf-8")
            .header("Content-Disposition", "attachment; filename=\"comments-wave-" + wave + ".csv\"");
    }

    private CommentsResponse response(String org, long waveId, @Nullable String unit, Authentication authentication, Locale locale) {
        Organisation organisation = catalogue.require(org);
        ResultScope scope = ResultScope.of(Staff.of(authentication), Optional.ofNullable(unit))
            .orElseThrow(() -> new HttpStatusException(HttpStatus.FORBIDDEN, "Not one of your units"));
        ResultsReader.FieldedWave wave = results.wave(organisation, waveId)
            .orElseThrow(() -> new HttpStatusException(HttpStatus.NOT_FOUND, "No such wave"));
        SurveyDefinition definition = results.definitionOf(wave);
        Map<String, Long> responsesPerUnit = reader.responsesPerUnit(wave.id()).entrySet().stream()
            .filter(responses -> scope.coversUnit().test(responses.getKey()))
            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        Set<String> units = new LinkedHashSet<>(scope.units(reader.units(wave.id())));
        responsesPerUnit.keySet().stream().sorted().forEach(units::add);
        List<ResultsReader.FreeText> texts = reader.freeTexts(wave.id());

        List<CommentsResponse.Question> questions = new ArrayList<>();
        definition.questions().stream().filter(question -> question.type() == QuestionType.FREE_TEXT).forEach(question -> {
            List<CommentsResponse.Unit> perUnit = new ArrayList<>();
            for (String group : units) {
                long responses = responsesPerUnit.getOrDefault(group, 0L);
                if (responses > 0 && responses < organisation.minimumGroupSize()) {
                    perUnit.add(new CommentsResponse.Unit(group, true, null));
                    continue;
                }
                List<String> comments = texts.stream()
                    .filter(text -> text.questionKey().equals(question.key()) && text.unit().equals(group))
                    .map(ResultsReader.FreeText::text).sorted().toList();
                perUnit.add(new CommentsResponse.Unit(group, false, comments));
            }
            questions.add(new CommentsResponse.Question(question.key(), question.text().in(locale), perUnit));
        });
        return new CommentsResponse(wave.id(), wave.name(), organisation.minimumGroupSize(),
            ResultsMessages.text(messages, "results.comments.warning", locale), questions);
    }
}
