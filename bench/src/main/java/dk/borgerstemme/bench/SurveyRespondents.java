package dk.borgerstemme.bench;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * Respondents answering the demo survey through the gateway, each with a fresh single-use code and
 * a browser's cookies: the code page, the code, the introduction, then all eleven questions on one
 * page ({@code all}) or one question per page ({@code single}), the review and the submit. Every
 * form is posted to the address in its action, which carries the CSRF token, exactly as a browser
 * posts it; redirects are followed by hand so that each request is measured as its own kind.
 */
public class SurveyRespondents extends Simulation {

    static final String BASE = "/o/" + SurveyDatabase.ORGANISATION + "/s";
    private static final String FORM_ACTION = "main form[method=post]";
    // Our pages send Referrer-Policy: no-referrer, so a browser's form post carries Origin: null.
    static final String ORIGIN = "null";
    private static final String TEXT = "Personalet er søde, og jeg bliver hørt. Tak for hjælpen.";

    private final LoadStep step = LoadStep.current();

    public SurveyRespondents() {
        HttpProtocolBuilder browser = Browsers.protocol(step.gateway, step.fetchAssets);
        ScenarioBuilder respondent = scenario("respondent (" + step.mode + ")")
            .feed(step.codeFeeder())
            .exec(codeAndIntro())
            .exec("all".equals(step.mode) ? allOnOnePage() : onePerPage())
            .exec(reviewAndSubmit());
        setUp(respondent.injectClosed(constantConcurrentUsers(step.concurrency).during(step.duration)))
            .protocols(browser);
    }

    @Override
    public void before() {
        step.started();
    }

    @Override
    public void after() {
        step.ended();
    }

    private static ChainBuilder codeAndIntro() {
        return exec(http("code page").get(BASE)
                .check(status().is(200), css(FORM_ACTION, "action").saveAs("action")))
            .exec(http("submit code").post("#{action}").header("Origin", ORIGIN).formParam("code", "#{code}")
                .check(status().is(303), header("Location").is(BASE + "/intro")))
            .exec(http("intro page").get(BASE + "/intro")
                .check(status().is(200), css(FORM_ACTION, "action").saveAs("action"),
                    css("input[name=hvordan]", "value").saveAs("how")));
    }

    private static ChainBuilder allOnOnePage() {
        return exec(http("choose all on one page").post("#{action}").header("Origin", ORIGIN).formParam("hvordan", "#{how}").formParam("gaa", "alle")
                .check(status().is(303), header("Location").is(BASE + "/alle")))
            .exec(http("all questions page").get(BASE + "/alle")
                .check(status().is(200), css(FORM_ACTION, "action").saveAs("action"),
                    css("main input[type=radio]", "name").findAll().saveAs("names"),
                    css("main input[type=radio]", "value").findAll().saveAs("values"),
                    css("main textarea", "name").findAll().saveAs("texts")))
            .exec(session -> session.set("answers", answersForAll(session)))
            .exec(http("submit all answers").post("#{action}").header("Origin", ORIGIN).formParamMap(session -> session.getMap("answers"))
                .check(status().is(303), header("Location").is(BASE + "/tjek")));
    }

    private static ChainBuilder onePerPage() {
        return exec(http("choose one per page").post("#{action}").header("Origin", ORIGIN).formParam("hvordan", "#{how}").formParam("gaa", "en-ad-gangen")
                .check(status().is(303), header("Location").is(BASE + "/spoergsmaal/1").saveAs("next")))
            .exec(asLongAs(session -> session.getString("next").startsWith(BASE + "/spoergsmaal/")).on(
                exec(session -> session.removeAll("names", "values", "texts"))
                    .exec(http("question page").get("#{next}")
                        .check(status().is(200), css(FORM_ACTION, "action").saveAs("action"),
                            css("main .form-group input[type=radio]", "value").findAll().optional().saveAs("values"),
                            css("main textarea", "name").findAll().optional().saveAs("texts")))
                    .exec(session -> session.set("answers", answerForOne(session)))
                    .exec(http("submit answer").post("#{action}").header("Origin", ORIGIN).formParamMap(session -> session.getMap("answers"))
                        .check(status().is(303), header("Location").saveAs("next")))));
    }

    private ChainBuilder reviewAndSubmit() {
        return exec(http("review page").get(BASE + "/tjek")
                .check(status().is(200), css(FORM_ACTION, "action").saveAs("action")))
            // The review form has only its button: a browser posts an empty form.
            .exec(http("submit").post("#{action}").header("Origin", ORIGIN).header("Content-Type", "application/x-www-form-urlencoded").body(io.gatling.javaapi.core.CoreDsl.StringBody(""))
                .check(status().is(303), header("Location").is(BASE + "/tak")))
            .exec(session -> {
                if (!session.isFailed()) {
                    step.accepted();
                }
                return session;
            })
            .exec(http("thanks page").get(BASE + "/tak").check(status().is(200), substring("<h1")));
    }

    /** One checked option per radio group, as a person ticks them, and a text in the text box. */
    static Map<String, Object> answersForAll(Session session) {
        List<String> names = session.getList("names");
        List<String> values = session.getList("values");
        Map<String, List<String>> optionsByName = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            optionsByName.computeIfAbsent(names.get(i), ignored -> new java.util.ArrayList<>()).add(values.get(i));
        }
        Map<String, Object> answers = new LinkedHashMap<>();
        optionsByName.forEach((name, options) -> answers.put(name, pick(options)));
        for (String text : session.<String>getList("texts")) {
            answers.put(text, TEXT);
        }
        return answers;
    }

    static Map<String, Object> answerForOne(Session session) {
        Map<String, Object> answer = new LinkedHashMap<>();
        if (session.contains("values")) {
            answer.put("svar", pick(session.getList("values")));
        } else {
            answer.put("svar", TEXT);
        }
        answer.put("gaa", "frem");
        return answer;
    }

    /** A scale step, mostly; "don't know" only when nothing else is offered. */
    private static String pick(List<String> options) {
        List<String> steps = options.stream().filter(value -> !value.equals("ved-ikke")).toList();
        List<String> from = steps.isEmpty() ? options : steps;
        return from.get(ThreadLocalRandom.current().nextInt(from.size()));
    }
}
