package dk.borgerstemme.survey.authoring;

import dk.borgerstemme.platform.catalogue.Catalogue;
import dk.borgerstemme.platform.catalogue.LocalizedText;
import dk.borgerstemme.platform.catalogue.MeasurementPoint;
import dk.borgerstemme.platform.catalogue.Organisation;
import dk.borgerstemme.platform.i18n.LanguageResolver;
import dk.borgerstemme.platform.security.Roles;
import dk.borgerstemme.platform.web.ErrorPages;
import dk.borgerstemme.survey.answering.AccessibilityProfile;
import dk.borgerstemme.survey.answering.QuestionPage;
import dk.borgerstemme.survey.definition.Ids;
import dk.borgerstemme.survey.definition.Question;
import dk.borgerstemme.survey.definition.QuestionType;
import dk.borgerstemme.survey.definition.SurveyChanges;
import dk.borgerstemme.survey.definition.SurveyDefinition;
import dk.borgerstemme.survey.definition.SurveyKind;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
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
import io.micronaut.views.ModelAndView;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The administrator's survey pages, server-rendered and working without JavaScript: the list of surveys, a
 * survey with its versions, the draft's editor (survey texts, the questions with edit/move/delete, the check's
 * refusals and warnings), one page per question, a preview with the answering pages' own fields, and publishing
 * with a confirmation. Bad input comes back on the form as typed, each message beside its field and in a
 * summary at the top; a stale edit says so (409) and keeps what was typed.
 */
@Controller("/o/{org}/s/admin")
@Secured(Roles.ADMIN)
@ExecuteOn(TaskExecutors.BLOCKING)
class AdminController {

    private final Catalogue catalogue;
    private final SurveyAuthoring authoring;
    private final AuthoringTexts texts;
    private final ErrorPages errorPages;

    AdminController(Catalogue catalogue, SurveyAuthoring authoring, AuthoringTexts texts, ErrorPages errorPages) {
        this.catalogue = catalogue;
        this.authoring = authoring;
        this.texts = texts;
        this.errorPages = errorPages;
    }

    // ---- The list of surveys, and starting a new one -------------------------------------------------------

    @Get(produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> surveys(String org, HttpRequest<?> request) {
        return surveysView(org, Map.of(), new LinkedHashMap<>(), locale(request));
    }

    /** Starts a survey from a shipped one ({@code kilde=standard}), a published version ({@code kopi}) or from scratch ({@code ny}). */
    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    MutableHttpResponse<?> create(String org, @Body Map<String, Object> body, HttpRequest<?> request) {
        Organisation organisation = catalogue.require(org);
        Locale locale = locale(request);
        FormFields form = new FormFields(body);
        String source = form.value("kilde");
        Map<String, String> problems = new LinkedHashMap<>();
        String idField = source + "-id";
        String id = form.value(idField).strip();
        SurveyDefinition definition = null;
        switch (source) {
            case "standard" -> {
                definition = authoring.offeredDefaults(organisation).stream().filter(survey -> survey.id().equals(form.value("standard")))
                    .findFirst().orElse(null);
                if (definition == null) {
                    problems.put("standard", texts.text("authoring.input.defaultUnknown", locale));
                } else if (id.isEmpty()) {
                    id = definition.id();
                }
            }
            case "kopi" -> {
                String[] chosen = form.value("kopi").split("@");
                definition = chosen.length != 2 || !chosen[1].matches("\\d{1,6}") ? null
                    : authoring.publishedVersion(org, chosen[0], Integer.parseInt(chosen[1])).orElse(null);
                if (definition == null) {
                    problems.put("kopi", texts.text("authoring.input.versionUnknown", locale));
                }
            }
            case "ny" -> {
                SurveyKind kind = SurveyKind.fromId(form.value("ny-kind")).orElse(null);
                SurveyDocument.Text title = new SurveyDocument.Text(form.value("ny-title-da"), null);
                if (kind == null) {
                    problems.put("ny-kind", texts.text("authoring.input.kindUnknown", locale));
                }
                if (title.da().isBlank()) {
                    problems.put("ny-title-da", texts.text("authoring.input.danishMissing", locale));
                } else if (title.da().strip().length() > DefinitionInput.LONGEST_SHORT_TEXT) {
                    problems.put("ny-title-da", texts.text("authoring.input.tooLong", locale, DefinitionInput.LONGEST_SHORT_TEXT));
                }
                if (kind != null && problems.isEmpty()) {
                    definition = new SurveyDefinition(id, kind, new LocalizedText(title.da().strip(), null),
                        null, 5, kind == SurveyKind.SATISFACTION ? organisation.framework().id() : null, List.of("borger"),
                        false, List.of());
                }
            }
            default -> {
                return HttpResponse.seeOther(URI.create(base(org)));
            }
        }
        if (!Ids.isId(id)) {
            problems.put(idField, texts.text("authoring.input.idInvalid", locale));
        } else if (authoring.find(org, id).isPresent()) {
            problems.put(idField, texts.text("authoring.input.idTaken", locale));
        }
        if (!problems.isEmpty()) {
            return HttpResponse.ok(surveysView(org, form.typed(), problems, locale));
        }
        try {
            AuthoredSurvey survey = authoring.create(org, SurveyAuthoring.withId(definition, id));
            return HttpResponse.seeOther(URI.create(draftPath(org, survey.slug())));
        } catch (AuthoringProblem taken) {
            problems.put(idField, texts.text("authoring.input.idTaken", locale));
            return HttpResponse.ok(surveysView(org, form.typed(), problems, locale));
        }
    }

    private ModelAndView<Map<String, Object>> surveysView(String org, Map<String, String> values, Map<String, String> problems, Locale locale) {
        Organisation organisation = catalogue.require(org);
        List<AuthoredSurvey> surveys = authoring.surveys(org);
        Map<String, Object> model = formModel(values, problems);
        model.put("surveys", surveys.stream().map(survey -> Map.of(
            "id", survey.slug(),
            "title", titleOf(survey.current().definition(), locale, survey.slug()),
            "status", statusText(survey, locale),
            "versions", survey.versions().size())).toList());
        model.put("defaults", authoring.offeredDefaults(organisation).stream()
            .map(survey -> option(survey.id(), survey.title().in(locale) + " (" + survey.id() + ")")).toList());
        List<Map<String, Object>> published = new ArrayList<>();
        surveys.forEach(survey -> survey.published().forEach(version -> published.add(option(survey.slug() + "@" + version.number(),
            texts.text("authoring.list.versionOption", locale, titleOf(version.definition(), locale, survey.slug()), version.number(), survey.slug())))));
        model.put("publishedVersions", published);
        model.put("kinds", Arrays.stream(SurveyKind.values()).map(kind -> option(kind.id(), texts.text("authoring.kind." + kind.id(), locale))).toList());
        model.put("organisationName", organisation.name().in(locale));
        return new ModelAndView<>("authoring/surveys", model);
    }

    // ---- One survey and its versions ------------------------------------------------------------------------

    @Get(value = "/{id}", produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> survey(String org, String id, @Nullable @QueryValue("udgivet") Integer published, HttpRequest<?> request) {
        return surveyView(org, authoring.require(org, id), published, null, locale(request));
    }

    @Post(value = "/{id}/ny-kladde", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    MutableHttpResponse<?> startDraft(String org, String id, @Body Map<String, Object> body, HttpRequest<?> request) {
        catalogue.require(org);
        try {
            authoring.startDraft(org, id, new FormFields(body).version());
        } catch (AuthoringProblem problem) {
            if (problem.kind() == AuthoringProblem.Kind.STALE) {
                return HttpResponse.status(HttpStatus.CONFLICT)
                    .body(surveyView(org, authoring.require(org, id), null, "authoring.problem.stale", locale(request)));
            }
            if (problem.kind() != AuthoringProblem.Kind.DRAFT_EXISTS) {
                throw problem;
            }
        }
        return HttpResponse.seeOther(URI.create(draftPath(org, id)));
    }

    @Post(value = "/{id}/kladde/kasser", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    MutableHttpResponse<?> discardDraft(String org, String id, @Body Map<String, Object> body, HttpRequest<?> request) {
        catalogue.require(org);
        try {
            Optional<AuthoredSurvey> left = authoring.discardDraft(org, id, new FormFields(body).version());
            return HttpResponse.seeOther(URI.create(left.isPresent() ? base(org) + "/" + id : base(org)));
        } catch (AuthoringProblem problem) {
            return stale(org, id, problem, request);
        }
    }

    private ModelAndView<Map<String, Object>> surveyView(String org, AuthoredSurvey survey, @Nullable Integer published,
                                                        @Nullable String problem, Locale locale) {
        Map<String, Object> model = new HashMap<>();
        model.put("survey", surveyModel(survey, locale));
        model.put("versions", survey.versions().stream().map(version -> Map.of(
            "number", version.number(),
            "draft", version.isDraft(),
            "status", texts.text(version.isDraft() ? "authoring.status.draft" : "authoring.status.published", locale),
            "publishedOn", version.publishedOn() == null ? "" : version.publishedOn().toString())).toList());
        model.put("published", published);
        model.put("problem", problem);
        model.put("nextNumber", survey.latestPublished().map(version -> version.number() + 1).orElse(1));
        return new ModelAndView<>("authoring/survey", model);
    }

    // ---- The draft's editor ---------------------------------------------------------------------------------

    @Get(value = "/{id}/kladde", produces = MediaType.TEXT_HTML)
    MutableHttpResponse<?> editor(String org, String id, @Nullable @QueryValue("gemt") String saved, HttpRequest<?> request) {
        AuthoredSurvey survey = authoring.require(org, id);
        if (survey.draft().isEmpty()) {
            return HttpResponse.seeOther(URI.create(base(org) + "/" + id));
        }
        ModelAndView<Map<String, Object>> view = editorView(org, survey, surveyValues(survey.draft().get().definition()), null,
            new LinkedHashMap<>(), null, locale(request));
        view.getModel().orElseThrow().put("saved", saved != null);
        return HttpResponse.ok(view);
    }

    @Post(value = "/{id}/kladde", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    MutableHttpResponse<?> saveSurveyTexts(String org, String id, @Body Map<String, Object> body, HttpRequest<?> request) {
        Organisation organisation = catalogue.require(org);
        Locale locale = locale(request);
        AuthoredSurvey survey = authoring.require(org, id);
        FormFields form = new FormFields(body);
        Optional<StoredVersion> draft = survey.draft();
        if (draft.isEmpty()) {
            return HttpResponse.seeOther(URI.create(base(org) + "/" + id));
        }
        SurveyDefinition before = draft.get().definition();
        String kind = form.value("kind");
        String framework = "satisfaction".equals(kind) ? organisation.framework().id() : before.framework();
        Map<String, String> problems = new LinkedHashMap<>();
        Integer minutes = null;
        try {
            minutes = Integer.valueOf(form.value("minutes").strip());
        } catch (NumberFormatException notANumber) {
            problems.put("minutes", texts.text("authoring.input.minutesOutOfRange", locale, DefinitionInput.MOST_MINUTES));
        }
        SurveyDocument document = new SurveyDocument(id, kind, new SurveyDocument.Text(form.value("title-da"), form.value("title-en")),
            new SurveyDocument.Text(form.value("intro-da"), form.value("intro-en")), minutes == null ? 1 : minutes, framework,
            form.values("respondentroles").stream().filter(role -> !role.isBlank()).toList(), form.ticked("allowsthreestepscales"), List.of());
        DefinitionInput.Outcome read = DefinitionInput.read(document, organisation);
        read.problems().forEach(problem -> problems.putIfAbsent(surveyField(problem.field()), texts.problem(problem, locale)));
        if (!problems.isEmpty()) {
            return HttpResponse.ok(editorView(org, survey, form.typed(), form.values("respondentroles"), problems, null, locale));
        }
        SurveyDefinition texts = read.definition();
        SurveyDefinition edited = new SurveyDefinition(id, texts.kind(), texts.title(), texts.intro(), texts.minutes(), texts.framework(),
            texts.respondentRoles(), texts.allowsThreeStepScales(), before.questions());
        try {
            authoring.replaceDraft(org, id, form.version(), edited);
        } catch (AuthoringProblem problem) {
            if (problem.kind() != AuthoringProblem.Kind.STALE) {
                throw problem;
            }
            return HttpResponse.status(HttpStatus.CONFLICT)
                .body(editorView(org, authoring.require(org, id), form.typed(), form.values("respondentroles"), new LinkedHashMap<>(),
                    "authoring.problem.stale", locale));
        }
        return HttpResponse.seeOther(URI.create(draftPath(org, id) + "?gemt=1"));
    }

    /** Moves a question one place up ({@code retning=op}) or down. */
    @Post(value = "/{id}/kladde/spoergsmaal/{number}/flyt", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    MutableHttpResponse<?> move(String org, String id, int number, @Body Map<String, Object> body, HttpRequest<?> request) {
        FormFields form = new FormFields(body);
        return changeQuestions(org, id, form, request, questions -> {
            int from = number - 1;
            int to = "op".equals(form.value("retning")) ? from - 1 : from + 1;
            if (from >= 0 && from < questions.size() && to >= 0 && to < questions.size()) {
                questions.add(to, questions.remove(from));
            }
        });
    }

    @Post(value = "/{id}/kladde/spoergsmaal/{number}/slet", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    MutableHttpResponse<?> delete(String org, String id, int number, @Body Map<String, Object> body, HttpRequest<?> request) {
        return changeQuestions(org, id, new FormFields(body), request, questions -> {
            if (number >= 1 && number <= questions.size()) {
                questions.remove(number - 1);
            }
        });
    }

    private MutableHttpResponse<?> changeQuestions(String org, String id, FormFields form, HttpRequest<?> request,
                                                   java.util.function.Consumer<List<Question>> change) {
        catalogue.require(org);
        AuthoredSurvey survey = authoring.require(org, id);
        Optional<StoredVersion> draft = survey.draft();
        if (draft.isEmpty()) {
            return HttpResponse.seeOther(URI.create(base(org) + "/" + id));
        }
        SurveyDefinition before = draft.get().definition();
        List<Question> questions = new ArrayList<>(before.questions());
        change.accept(questions);
        try {
            authoring.replaceDraft(org, id, form.version(), withQuestions(before, questions));
        } catch (AuthoringProblem problem) {
            return stale(org, id, problem, request);
        }
        return HttpResponse.seeOther(URI.create(draftPath(org, id) + "#spoergsmaal"));
    }

    private MutableHttpResponse<?> stale(String org, String id, AuthoringProblem problem, HttpRequest<?> request) {
        if (problem.kind() != AuthoringProblem.Kind.STALE) {
            throw problem;
        }
        AuthoredSurvey survey = authoring.require(org, id);
        if (survey.draft().isEmpty()) {
            return HttpResponse.status(HttpStatus.CONFLICT).body(surveyView(org, survey, null, "authoring.problem.stale", locale(request)));
        }
        return HttpResponse.status(HttpStatus.CONFLICT).body(editorView(org, survey, surveyValues(survey.draft().get().definition()),
            null, new LinkedHashMap<>(), "authoring.problem.stale", locale(request)));
    }

    /** {@code chosenRoles} as ticked on a form shown again, or {@code null} for the draft's own. */
    private ModelAndView<Map<String, Object>> editorView(String org, AuthoredSurvey survey, Map<String, String> values,
                                                        @Nullable List<String> chosenRoles, Map<String, String> problems,
                                                        @Nullable String problem, Locale locale) {
        Organisation organisation = catalogue.require(org);
        SurveyDefinition draft = survey.draft().orElseThrow().definition();
        Map<String, Object> model = formModel(values, problems);
        model.put("survey", surveyModel(survey, locale));
        model.put("number", survey.draft().get().number());
        model.put("problem", problem);
        model.put("findings", texts.findings(authoring.check(draft), draft, locale));
        List<Map<String, Object>> questions = new ArrayList<>();
        for (int i = 0; i < draft.questions().size(); i++) {
            Question question = draft.questions().get(i);
            Map<String, Object> row = new HashMap<>();
            row.put("number", i + 1);
            row.put("key", question.key());
            row.put("text", question.text() == null ? question.key() : question.text().in(locale));
            row.put("type", question.type() == null ? "" : texts.text("authoring.type." + question.type().id(), locale));
            row.put("required", question.required());
            row.put("conditional", question.showIf() != null);
            row.put("first", i == 0);
            row.put("last", i == draft.questions().size() - 1);
            questions.add(row);
        }
        model.put("questions", questions);
        model.put("kinds", Arrays.stream(SurveyKind.values()).map(kind -> option(kind.id(), texts.text("authoring.kind." + kind.id(), locale))).toList());
        model.put("roles", organisation.respondentRoles().stream().map(role -> option(role.id(), role.name().in(locale))).toList());
        model.put("chosenRoles", chosenRoles == null ? draft.respondentRoles() : chosenRoles);
        return new ModelAndView<>("authoring/editor", model);
    }

    private static Map<String, String> surveyValues(SurveyDefinition draft) {
        Map<String, String> values = new HashMap<>();
        values.put("kind", draft.kind() == null ? "" : draft.kind().id());
        values.put("title-da", draft.title() == null ? "" : draft.title().da());
        values.put("title-en", draft.title() == null || draft.title().en() == null ? "" : draft.title().en());
        values.put("intro-da", draft.intro() == null ? "" : draft.intro().da());
        values.put("intro-en", draft.intro() == null || draft.intro().en() == null ? "" : draft.intro().en());
        values.put("minutes", String.valueOf(draft.minutes()));
        values.put("allowsthreestepscales", draft.allowsThreeStepScales() ? "ja" : "");
        return values;
    }

    private static String surveyField(String path) {
        return path.startsWith("respondentRoles") ? "respondentroles" : FormFields.fieldOf(path);
    }

    // ---- One question ---------------------------------------------------------------------------------------

    @Get(value = "/{id}/kladde/spoergsmaal/{number}", produces = MediaType.TEXT_HTML)
    MutableHttpResponse<?> question(String org, String id, String number, HttpRequest<?> request) {
        AuthoredSurvey survey = authoring.require(org, id);
        if (survey.draft().isEmpty()) {
            return HttpResponse.seeOther(URI.create(base(org) + "/" + id));
        }
        SurveyDefinition draft = survey.draft().get().definition();
        Optional<Integer> position = position(number, draft);
        if (position.isEmpty()) {
            return HttpResponse.seeOther(URI.create(draftPath(org, id)));
        }
        Map<String, String> values = position.get() == 0 ? QuestionForm.valuesOfNew(freeKey(draft))
            : QuestionForm.valuesOf(draft.questions().get(position.get() - 1));
        return HttpResponse.ok(questionView(org, survey, position.get(), values, new LinkedHashMap<>(), null, locale(request)));
    }

    @Post(value = "/{id}/kladde/spoergsmaal/{number}", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    MutableHttpResponse<?> saveQuestion(String org, String id, String number, @Body Map<String, Object> body, HttpRequest<?> request) {
        Organisation organisation = catalogue.require(org);
        Locale locale = locale(request);
        AuthoredSurvey survey = authoring.require(org, id);
        if (survey.draft().isEmpty()) {
            return HttpResponse.seeOther(URI.create(base(org) + "/" + id));
        }
        SurveyDefinition draft = survey.draft().get().definition();
        Optional<Integer> position = position(number, draft);
        if (position.isEmpty()) {
            return HttpResponse.seeOther(URI.create(draftPath(org, id)));
        }
        FormFields form = new FormFields(body);
        if (form.version() != survey.lock()) {
            // Questions may have moved since the form was opened: its number may now be another question.
            return HttpResponse.status(HttpStatus.CONFLICT)
                .body(questionView(org, survey, position.get(), form.typed(), new LinkedHashMap<>(), "authoring.problem.stale", locale));
        }
        int index = position.get() - 1;
        boolean keyLocked = index >= 0 && isPublishedKey(survey, draft.questions().get(index).key());
        String key = keyLocked ? draft.questions().get(index).key() : form.value("key").strip();
        List<Question> earlier = index < 0 ? draft.questions() : draft.questions().subList(0, index);
        DefinitionInput.QuestionOutcome read = DefinitionInput.readQuestion(QuestionForm.read(form, key, draft.framework() != null),
            organisation, draft.framework(), earlier);
        Map<String, String> problems = new LinkedHashMap<>();
        read.problems().forEach(problem -> problems.putIfAbsent(FormFields.fieldOf(problem.field()), texts.problem(problem, locale)));
        for (int i = 0; i < draft.questions().size(); i++) {
            if (i != index && key.equals(draft.questions().get(i).key())) {
                problems.putIfAbsent("key", texts.text("authoring.input.keyTaken", locale));
            }
        }
        Map<String, String> typed = form.typed();
        if (keyLocked) {
            typed.put("key", key);
        }
        if (!problems.isEmpty()) {
            return HttpResponse.ok(questionView(org, survey, position.get(), typed, orderedBy(problems), null, locale));
        }
        List<Question> questions = new ArrayList<>(draft.questions());
        if (index < 0) {
            questions.add(read.question());
        } else {
            questions.set(index, read.question());
        }
        try {
            authoring.replaceDraft(org, id, form.version(), withQuestions(draft, questions));
        } catch (AuthoringProblem problem) {
            if (problem.kind() != AuthoringProblem.Kind.STALE) {
                throw problem;
            }
            return HttpResponse.status(HttpStatus.CONFLICT)
                .body(questionView(org, survey, position.get(), typed, new LinkedHashMap<>(), "authoring.problem.stale", locale));
        }
        return HttpResponse.seeOther(URI.create(draftPath(org, id) + "?gemt=" + (index < 0 ? questions.size() : position.get()) + "#spoergsmaal"));
    }

    private ModelAndView<Map<String, Object>> questionView(String org, AuthoredSurvey survey, int position, Map<String, String> values,
                                                          Map<String, String> problems, @Nullable String problem, Locale locale) {
        Organisation organisation = catalogue.require(org);
        SurveyDefinition draft = survey.draft().orElseThrow().definition();
        Map<String, Object> model = formModel(values, problems);
        model.put("survey", surveyModel(survey, locale));
        model.put("position", position);
        model.put("isNew", position == 0);
        model.put("action", draftPath(org, survey.slug()) + "/spoergsmaal/" + (position == 0 ? "ny" : position));
        model.put("problem", problem);
        model.put("keyLocked", position > 0 && isPublishedKey(survey, draft.questions().get(position - 1).key()));
        model.put("types", Arrays.stream(QuestionType.values()).map(type -> option(type.id(), texts.text("authoring.type." + type.id(), locale))).toList());
        model.put("hasFramework", draft.framework() != null);
        String chosenPoint = values.getOrDefault("point", "");
        model.put("points", organisation.framework().points().stream()
            .filter(point -> point.fedBy(MeasurementPoint.SURVEY) || point.id().equals(chosenPoint))
            .map(point -> option(point.id(), point.name().in(locale))).toList());
        List<Question> earlier = position == 0 ? draft.questions() : draft.questions().subList(0, position - 1);
        List<Map<String, Object>> conditions = new ArrayList<>();
        for (int i = 0; i < earlier.size(); i++) {
            Question question = earlier.get(i);
            if (question.type() != null && !question.offeredValues().isEmpty()) {
                conditions.add(option(question.key(), texts.text("authoring.question.showIfOption", locale, i + 1,
                    question.text() == null ? question.key() : question.text().in(locale), String.join(", ", question.offeredValues()))));
            }
        }
        model.put("conditions", conditions);
        List<Map<String, Object>> labels = new ArrayList<>();
        for (int i = 0; values.containsKey("labels-" + i + "-value"); i++) {
            labels.add(Map.of("index", i, "value", values.get("labels-" + i + "-value")));
        }
        model.put("labels", labels);
        model.put("labelsType", values.getOrDefault("labels-type", ""));
        model.put("labelsTypeName", values.getOrDefault("labels-type", "").isEmpty() ? ""
            : texts.text("authoring.type." + values.get("labels-type"), locale));
        model.put("choiceRows", java.util.stream.IntStream.range(0, QuestionForm.choiceRows(values)).boxed().toList());
        return new ModelAndView<>("authoring/question", model);
    }

    /** 0 for a new question ("ny"), else 1 to the number of questions; empty for anything else. */
    private static Optional<Integer> position(String number, SurveyDefinition draft) {
        if ("ny".equals(number)) {
            return Optional.of(0);
        }
        if (!number.matches("\\d{1,4}")) {
            return Optional.empty();
        }
        int position = Integer.parseInt(number);
        return position >= 1 && position <= draft.questions().size() ? Optional.of(position) : Optional.empty();
    }

    /** A question in a published version keeps its key: results of the versions are compared by it. */
    private static boolean isPublishedKey(AuthoredSurvey survey, String key) {
        return survey.published().stream().anyMatch(version -> version.definition().question(key).isPresent());
    }

    private static String freeKey(SurveyDefinition draft) {
        for (int n = draft.questions().size() + 1; ; n++) {
            String key = "spoergsmaal-" + n;
            if (draft.question(key).isEmpty()) {
                return key;
            }
        }
    }

    /** The question page's fields in the order they are shown, so the summary lists problems top to bottom. */
    private static Map<String, String> orderedBy(Map<String, String> problems) {
        List<String> order = List.of("key", "type", "text", "easyread", "help", "point", "labels", "choices", "maxlength", "showif", "image");
        Map<String, String> ordered = new LinkedHashMap<>();
        order.forEach(prefix -> problems.forEach((field, message) -> {
            if (field.startsWith(prefix)) {
                ordered.putIfAbsent(field, message);
            }
        }));
        ordered.putAll(problems);
        return ordered;
    }

    // ---- Preview and publishing -----------------------------------------------------------------------------

    @Get(value = "/{id}/kladde/vis", produces = MediaType.TEXT_HTML)
    MutableHttpResponse<?> previewDraft(String org, String id, HttpRequest<?> request) {
        AuthoredSurvey survey = authoring.require(org, id);
        if (survey.draft().isEmpty()) {
            return HttpResponse.seeOther(URI.create(base(org) + "/" + id));
        }
        return HttpResponse.ok(previewView(org, survey, survey.draft().get(), request));
    }

    @Get(value = "/{id}/version/{number}", produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> previewVersion(String org, String id, int number, HttpRequest<?> request) {
        AuthoredSurvey survey = authoring.require(org, id);
        StoredVersion version = survey.version(number).orElseThrow(() -> new AuthoringProblem(AuthoringProblem.Kind.NOT_FOUND));
        return previewView(org, survey, version, request);
    }

    private ModelAndView<Map<String, Object>> previewView(String org, AuthoredSurvey survey, StoredVersion version, HttpRequest<?> request) {
        Locale locale = locale(request);
        List<String> chosen = request.getParameters().getAll("profil");
        AccessibilityProfile profile = AccessibilityProfile.of(chosen);
        SurveyDefinition definition = version.definition();
        List<Question> questions = definition.questions();
        List<Map<String, Object>> shown = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            Question question = questions.get(i);
            Map<String, Object> row = new HashMap<>();
            boolean showable = question.type() != null && question.text() != null
                && (question.type() == QuestionType.FREE_TEXT || !definition.stepsFor(question, profile.threeSteps()).isEmpty()
                    || !question.choices().isEmpty());
            row.put("number", i + 1);
            row.put("showable", showable);
            row.put("key", question.key());
            row.put("page", showable ? QuestionPage.of(definition, question, i + 1, questions.size(), List.of(), locale, null, profile) : null);
            row.put("condition", question.showIf() == null ? null : texts.text("authoring.preview.condition", locale,
                question.showIf().question(), String.join(", ", question.showIf().anyOf())));
            row.put("required", question.required());
            shown.add(row);
        }
        Map<String, Object> model = new HashMap<>();
        model.put("survey", surveyModel(survey, locale));
        model.put("number", version.number());
        model.put("draft", version.isDraft());
        model.put("surveyTitle", titleOf(definition, locale, survey.slug()));
        model.put("intro", definition.intro() == null ? "" : definition.intro().in(locale));
        model.put("minutes", definition.minutes());
        model.put("questions", shown);
        model.put("profile", profile);
        model.put("offersThreeSteps", definition.allowsThreeStepScales());
        model.put("back", version.isDraft() ? draftPath(org, survey.slug()) : base(org) + "/" + survey.slug());
        model.put("self", request.getPath());
        return new ModelAndView<>("authoring/preview", model);
    }

    @Get(value = "/{id}/kladde/udgiv", produces = MediaType.TEXT_HTML)
    MutableHttpResponse<?> confirmPublish(String org, String id, HttpRequest<?> request) {
        AuthoredSurvey survey = authoring.require(org, id);
        if (survey.draft().isEmpty()) {
            return HttpResponse.seeOther(URI.create(base(org) + "/" + id));
        }
        return HttpResponse.ok(publishView(org, survey, null, locale(request)));
    }

    @Post(value = "/{id}/kladde/udgiv", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    MutableHttpResponse<?> publish(String org, String id, @Body Map<String, Object> body, HttpRequest<?> request) {
        catalogue.require(org);
        Locale locale = locale(request);
        try {
            SurveyAuthoring.Published published = authoring.publish(org, id, new FormFields(body).version());
            return HttpResponse.seeOther(URI.create(base(org) + "/" + id + "?udgivet=" + published.version().number()));
        } catch (AuthoringProblem problem) {
            AuthoredSurvey survey = authoring.require(org, id);
            if (survey.draft().isEmpty()) {
                return HttpResponse.seeOther(URI.create(base(org) + "/" + id));
            }
            return switch (problem.kind()) {
                case STALE -> HttpResponse.status(HttpStatus.CONFLICT).body(publishView(org, survey, "authoring.problem.stale", locale));
                case REFUSED -> HttpResponse.ok(publishView(org, survey, "authoring.problem.refused", locale));
                case UNCHANGED -> HttpResponse.ok(publishView(org, survey, "authoring.problem.unchanged", locale));
                default -> throw problem;
            };
        }
    }

    private ModelAndView<Map<String, Object>> publishView(String org, AuthoredSurvey survey, @Nullable String problem, Locale locale) {
        StoredVersion draft = survey.draft().orElseThrow();
        Map<String, Object> model = new HashMap<>();
        model.put("survey", surveyModel(survey, locale));
        model.put("number", draft.number());
        model.put("problem", problem);
        model.put("findings", texts.findings(authoring.check(draft.definition()), draft.definition(), locale));
        Optional<StoredVersion> previous = survey.latestPublished();
        model.put("previous", previous.map(StoredVersion::number).orElse(null));
        SurveyChanges changes = previous.map(before -> SurveyChanges.between(before.definition(), draft.definition())).orElse(null);
        model.put("unchanged", changes != null && previous.get().definition().equals(draft.definition()));
        model.put("added", changes == null ? List.of() : changes.added());
        model.put("removed", changes == null ? List.of() : changes.removed());
        model.put("changed", changes == null ? List.of() : changes.changed().stream().map(change -> change.key() + " ("
            + change.aspects().stream().map(aspect -> texts.text("authoring.aspect." + aspect.name(), locale)).reduce((a, b) -> a + ", " + b).orElse("")
            + ")").toList());
        model.put("notLikeForLike", changes == null ? List.of() : changes.pointsNotLikeForLike());
        return new ModelAndView<>("authoring/publish", model);
    }

    // ---- Shared ---------------------------------------------------------------------------------------------

    /** An address naming no survey, version or draft of the organisation: the ordinary "not found" page. */
    @Error(exception = AuthoringProblem.class)
    MutableHttpResponse<Object> notFound(HttpRequest<?> request, AuthoringProblem problem) {
        return errorPages.render(request, HttpStatus.NOT_FOUND, "notFound");
    }

    private Map<String, Object> surveyModel(AuthoredSurvey survey, Locale locale) {
        return Map.of(
            "id", survey.slug(),
            "title", titleOf(survey.current().definition(), locale, survey.slug()),
            "version", survey.lock(),
            "hasDraft", survey.draft().isPresent(),
            "status", statusText(survey, locale));
    }

    private String statusText(AuthoredSurvey survey, Locale locale) {
        if (survey.published().isEmpty()) {
            return texts.text("authoring.status.draft", locale);
        }
        int latest = survey.latestPublished().orElseThrow().number();
        return survey.draft().isPresent()
            ? texts.text("authoring.status.publishedWithDraft", locale, latest)
            : texts.text("authoring.status.publishedAs", locale, latest);
    }

    private static String titleOf(SurveyDefinition definition, Locale locale, String fallback) {
        return definition.title() == null ? fallback : definition.title().in(locale);
    }

    private static Map<String, Object> formModel(Map<String, String> values, Map<String, String> problems) {
        Map<String, Object> model = new HashMap<>();
        model.put("values", values);
        model.put("errors", problems);
        model.put("hasErrors", !problems.isEmpty());
        return model;
    }

    private static Map<String, Object> option(String value, String label) {
        return Map.of("value", value, "label", label);
    }

    private static SurveyDefinition withQuestions(SurveyDefinition survey, List<Question> questions) {
        return new SurveyDefinition(survey.id(), survey.kind(), survey.title(), survey.intro(), survey.minutes(), survey.framework(),
            survey.respondentRoles(), survey.allowsThreeStepScales(), questions);
    }

    private static String base(String org) {
        return "/o/" + org + "/s/admin";
    }

    private static String draftPath(String org, String id) {
        return base(org) + "/" + id + "/kladde";
    }

    private static Locale locale(HttpRequest<?> request) {
        return LanguageResolver.languageOf(request).locale();
    }
}
