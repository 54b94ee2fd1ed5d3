package dk.borgerstemme.survey.answering;

import dk.borgerstemme.platform.catalogue.Catalogue;
import dk.borgerstemme.platform.i18n.LanguageResolver;
import dk.borgerstemme.survey.definition.AnsweredHow;
import dk.borgerstemme.survey.definition.AnswerProblem;
import dk.borgerstemme.survey.definition.Question;
import dk.borgerstemme.survey.invitation.CodeCheck;
import dk.borgerstemme.survey.invitation.InvitationCode;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The citizen's way through a survey, one question per page, with no JavaScript needed and no time
 * limit: the code, an introduction with how the answers are given, the questions, a review, and the
 * submit. The code travels in an HttpOnly cookie, never in an address, so it stays out of history.
 */
@Controller("/o/{org}/s")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class AnsweringController {

    static final String CODE_COOKIE = "survey-code";
    private static final String ANSWER_FIELD = "svar";

    private final Catalogue catalogue;
    private final CodeCheck codeCheck;
    private final Answering answering;

    AnsweringController(Catalogue catalogue, CodeCheck codeCheck, Answering answering) {
        this.catalogue = catalogue;
        this.codeCheck = codeCheck;
        this.answering = answering;
    }

    /** The code page; {@code ?kode=} (from a letter's QR code or a link another service sent) fills the code in. */
    @Get(produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> codePage(String org, @Nullable @QueryValue String kode) {
        catalogue.require(org);
        String prefilled = kode == null ? "" : InvitationCode.parse(kode).map(InvitationCode::display).orElse("");
        return codeView(prefilled, null);
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    MutableHttpResponse<?> enterCode(String org, HttpRequest<?> request, @Body Map<String, Object> form) {
        catalogue.require(org);
        String typed = first(form.get("code")).orElse("");
        CodeCheck.Outcome outcome = codeCheck.check(org, typed);
        if (outcome.refusal().isPresent()) {
            return HttpResponse.ok(codeView(typed, "code.refused." + outcome.refusal().get().name()));
        }
        String code = outcome.accepted().orElseThrow().invitation().code();
        return HttpResponse.seeOther(URI.create(base(org) + "/intro")).cookie(codeCookie(org, code, request));
    }

    @Get(value = "/intro", produces = MediaType.TEXT_HTML)
    MutableHttpResponse<?> intro(String org, HttpRequest<?> request) {
        return withSession(org, request, session -> HttpResponse.ok(introView(session, locale(request), null)));
    }

    @Post(value = "/intro", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    MutableHttpResponse<?> startAnswering(String org, HttpRequest<?> request, @Body Map<String, Object> form) {
        return withSession(org, request, session -> {
            Optional<AnsweredHow> how = first(form.get("hvordan")).flatMap(AnsweredHow::fromId);
            if (how.isEmpty()) {
                return HttpResponse.ok(introView(session, locale(request), "answeredHow.required"));
            }
            session.answeredHow(how.get());
            answering.save(session);
            boolean allOnOnePage = first(form.get("gaa")).filter("alle"::equals).isPresent();
            return HttpResponse.seeOther(URI.create(base(org) + (allOnOnePage ? "/alle" : "/spoergsmaal/1")));
        });
    }

    @Get(value = "/spoergsmaal/{number}", produces = MediaType.TEXT_HTML)
    MutableHttpResponse<?> question(String org, int number, HttpRequest<?> request) {
        return withSession(org, request, session -> {
            List<Question> shown = session.shownQuestions();
            if (session.answeredHow().isEmpty()) {
                return HttpResponse.seeOther(URI.create(base(org) + "/intro"));
            }
            if (number < 1 || number > shown.size()) {
                return HttpResponse.seeOther(URI.create(base(org) + "/tjek"));
            }
            Question question = shown.get(number - 1);
            return HttpResponse.ok(questionView(session, question, number, shown.size(), session.valuesOf(question), request, null));
        });
    }

    @Post(value = "/spoergsmaal/{number}", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    MutableHttpResponse<?> answer(String org, int number, HttpRequest<?> request, @Body Map<String, Object> form) {
        return withSession(org, request, session -> {
            List<Question> shown = session.shownQuestions();
            if (number < 1 || number > shown.size()) {
                return HttpResponse.seeOther(URI.create(base(org) + "/tjek"));
            }
            Question question = shown.get(number - 1);
            List<String> values = all(form.get(ANSWER_FIELD));
            String go = first(form.get("gaa")).orElse("frem");
            Optional<AnswerProblem> problem = question.check(values);
            if (go.equals("profil")) {
                if (problem.isEmpty()) {
                    session.answer(question, values);
                    answering.save(session);
                }
                AccessibilityProfile profile = AccessibilityProfile.of(all(form.get("profil")));
                return HttpResponse.seeOther(URI.create(base(org) + "/spoergsmaal/" + number))
                    .cookie(profileCookie(org, profile, request));
            }
            boolean back = go.equals("tilbage");
            if (problem.isPresent() && !(back && problem.get() == AnswerProblem.REQUIRED)) {
                return HttpResponse.ok(questionView(session, question, number, shown.size(), values, request,
                    problem.get().messageKey()));
            }
            session.answer(question, values);
            answering.save(session);
            int next = back ? number - 1 : number + 1;
            if (next < 1) {
                return HttpResponse.seeOther(URI.create(base(org) + "/intro"));
            }
            return HttpResponse.seeOther(URI.create(base(org) + (next > session.shownQuestions().size() ? "/tjek" : "/spoergsmaal/" + next)));
        });
    }

    @Get(value = "/alle", produces = MediaType.TEXT_HTML)
    MutableHttpResponse<?> allQuestions(String org, HttpRequest<?> request) {
        return withSession(org, request, session -> {
            if (session.answeredHow().isEmpty()) {
                return HttpResponse.seeOther(URI.create(base(org) + "/intro"));
            }
            Map<String, List<String>> given = new HashMap<>();
            session.shownQuestions().forEach(question -> given.put(question.key(), session.valuesOf(question)));
            return HttpResponse.ok(allView(session, given, Map.of(), request));
        });
    }

    /**
     * All questions answered on one page: every answer is checked, the valid ones are kept, and the
     * page comes back with a summary of the rest. Questions that appear because of an answer given
     * here are shown on the page again before the review.
     */
    @Post(value = "/alle", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    MutableHttpResponse<?> answerAll(String org, HttpRequest<?> request, @Body Map<String, Object> form) {
        return withSession(org, request, session -> {
            List<Question> before = session.shownQuestions();
            Map<String, List<String>> given = new HashMap<>();
            Map<String, String> problems = new HashMap<>();
            for (Question question : before) {
                List<String> values = all(form.get(ANSWER_FIELD + "-" + question.key()));
                given.put(question.key(), values);
                question.check(values).ifPresentOrElse(
                    problem -> problems.put(question.key(), problem.messageKey()),
                    () -> session.answer(question, values));
            }
            answering.save(session);
            if (!problems.isEmpty()) {
                return HttpResponse.ok(allView(session, given, problems, request));
            }
            boolean moreQuestions = !session.shownQuestions().equals(before);
            return HttpResponse.seeOther(URI.create(base(org) + (moreQuestions ? "/alle" : "/tjek")));
        });
    }

    @Get(value = "/tjek", produces = MediaType.TEXT_HTML)
    MutableHttpResponse<?> review(String org, HttpRequest<?> request) {
        return withSession(org, request, session -> HttpResponse.ok(reviewView(session, request, null)));
    }

    @Post(value = "/tjek", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    MutableHttpResponse<?> submit(String org, HttpRequest<?> request) {
        Optional<String> code = request.getCookies().findCookie(CODE_COOKIE).map(Cookie::getValue);
        if (code.isEmpty()) {
            return HttpResponse.seeOther(URI.create(base(org)));
        }
        Optional<AnsweringSession> session = answering.resume(org, code.get());
        if (session.isEmpty()) {
            return HttpResponse.ok(new ModelAndView<>("answering/already-answered", Map.of())).cookie(expired(org, request));
        }
        Optional<Integer> missing = firstMissing(session.get());
        if (missing.isPresent()) {
            return HttpResponse.ok(reviewView(session.get(), request, "review.missing"));
        }
        if (!answering.submit(session.get())) {
            return HttpResponse.ok(new ModelAndView<>("answering/already-answered", Map.of())).cookie(expired(org, request));
        }
        return HttpResponse.seeOther(URI.create(base(org) + "/tak")).cookie(expired(org, request));
    }

    @Get(value = "/tak", produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> thanks(String org) {
        catalogue.require(org);
        return new ModelAndView<>("answering/thanks", Map.of("home", "/o/" + org));
    }

    private MutableHttpResponse<?> withSession(String org, HttpRequest<?> request,
                                               java.util.function.Function<AnsweringSession, MutableHttpResponse<?>> page) {
        catalogue.require(org);
        return request.getCookies().findCookie(CODE_COOKIE)
            .map(Cookie::getValue)
            .flatMap(code -> answering.resume(org, code))
            .<MutableHttpResponse<?>>map(page)
            .orElseGet(() -> HttpResponse.seeOther(URI.create(base(org))));
    }

    private static Optional<Integer> firstMissing(AnsweringSession session) {
        List<Question> shown = session.shownQuestions();
        for (int i = 0; i < shown.size(); i++) {
            if (shown.get(i).check(session.valuesOf(shown.get(i))).isPresent()) {
                return Optional.of(i + 1);
            }
        }
        return Optional.empty();
    }

    private ModelAndView<Map<String, Object>> codeView(String typed, @Nullable String problem) {
        Map<String, Object> model = new HashMap<>();
        model.put("typed", typed);
        model.put("problem", problem);
        return new ModelAndView<>("answering/code", model);
    }

    private ModelAndView<Map<String, Object>> introView(AnsweringSession session, Locale locale, @Nullable String problem) {
        Map<String, Object> model = new HashMap<>();
        model.put("surveyTitle", session.definition().title().in(locale));
        model.put("intro", session.definition().intro().in(locale));
        model.put("minutes", session.definition().minutes());
        model.put("question", AnsweredHow.QUESTION.in(locale));
        model.put("help", AnsweredHow.HELP.in(locale));
        model.put("options", java.util.Arrays.stream(AnsweredHow.values())
            .map(how -> new QuestionPage.Option("hvordan-" + how.id(), how.id(), how.label().in(locale), null,
                session.answeredHow().filter(how::equals).isPresent()))
            .toList());
        model.put("problem", problem);
        return new ModelAndView<>("answering/intro", model);
    }

    private ModelAndView<Map<String, Object>> questionView(AnsweringSession session, Question question, int number, int total,
                                                           List<String> values, HttpRequest<?> request, @Nullable String problem) {
        Locale locale = locale(request);
        return new ModelAndView<>("answering/question", Map.of(
            "survey", session.definition().title().in(locale),
            "question", QuestionPage.of(session.definition(), question, number, total, values, locale, problem, profileOf(request))));
    }

    private ModelAndView<Map<String, Object>> allView(AnsweringSession session, Map<String, List<String>> given,
                                                      Map<String, String> problems, HttpRequest<?> request) {
        Locale locale = locale(request);
        AccessibilityProfile profile = profileOf(request);
        List<Question> shown = session.shownQuestions();
        List<QuestionPage> questions = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            Question question = shown.get(i);
            questions.add(QuestionPage.of(session.definition(), question, i + 1, shown.size(),
                given.getOrDefault(question.key(), session.valuesOf(question)), locale, problems.get(question.key()), profile));
        }
        return new ModelAndView<>("answering/all", Map.of(
            "survey", session.definition().title().in(locale),
            "questions", questions,
            "problems", !problems.isEmpty()));
    }

    private static AccessibilityProfile profileOf(HttpRequest<?> request) {
        return request.getCookies().findCookie(AccessibilityProfile.COOKIE)
            .map(Cookie::getValue).map(AccessibilityProfile::parse).orElse(AccessibilityProfile.STANDARD);
    }

    private static Cookie profileCookie(String org, AccessibilityProfile profile, HttpRequest<?> request) {
        return SurveyCookies.of(org, AccessibilityProfile.COOKIE, profile.cookieValue(), request).maxAge(Duration.ofDays(365));
    }

    private ModelAndView<Map<String, Object>> reviewView(AnsweringSession session, HttpRequest<?> request, @Nullable String problem) {
        Locale locale = locale(request);
        AccessibilityProfile profile = profileOf(request);
        List<Question> shown = session.shownQuestions();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            QuestionPage page = QuestionPage.of(session.definition(), shown.get(i), i + 1, shown.size(), session.valuesOf(shown.get(i)), locale,
                null, profile);
            List<String> given = page.kind().equals("text")
                ? (page.value().isBlank() ? List.of() : List.of(page.value()))
                : page.options().stream().filter(QuestionPage.Option::checked).map(QuestionPage.Option::label).toList();
            rows.add(Map.of("number", i + 1, "text", page.text(), "answers", given,
                "missing", shown.get(i).check(session.valuesOf(shown.get(i))).isPresent()));
        }
        Map<String, Object> model = new HashMap<>();
        model.put("survey", session.definition().title().in(locale));
        model.put("rows", rows);
        model.put("problem", problem);
        return new ModelAndView<>("answering/review", model);
    }

    static Cookie codeCookie(String org, String code, HttpRequest<?> request) {
        return SurveyCookies.of(org, CODE_COOKIE, code, request);
    }

    private static Cookie expired(String org, HttpRequest<?> request) {
        return codeCookie(org, "", request).maxAge(0);
    }

    private static String base(String org) {
        return "/o/" + org + "/s";
    }

    private static Locale locale(HttpRequest<?> request) {
        return LanguageResolver.languageOf(request).locale();
    }

    private static Optional<String> first(Object value) {
        return all(value).stream().findFirst();
    }

    private static List<String> all(Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).filter(text -> !text.isBlank()).toList();
        }
        String text = String.valueOf(value);
        return text.isBlank() ? List.of() : List.of(text);
    }
}
