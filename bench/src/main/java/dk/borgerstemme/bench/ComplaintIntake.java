package dk.borgerstemme.bench;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * Citizens sending an anonymous complaint through the gateway: the form page, then the form posted
 * with everything a browser sends (the hidden submission key and signed time stamp, the empty
 * honeypot, the chosen place and answers) to its action with the CSRF token. The receipt is the
 * answer to the post; a complaint counts as accepted when it shows a reference number.
 */
public class ComplaintIntake extends Simulation {

    static final String FORM = "/o/" + SurveyDatabase.ORGANISATION + "/klage";

    private final LoadStep step = LoadStep.current();

    public ComplaintIntake() {
        ScenarioBuilder citizen = scenario("complainant")
            .exec(http("complaint form").get(FORM)
                .check(status().is(200), css("main form[method=post]", "action").saveAs("action"),
                    css("input[name=indsendelse]", "value").saveAs("submissionKey"),
                    css("input[name=tid]", "value").saveAs("stamp"),
                    css("select#sted option", "value").findAll().saveAs("places")))
            .exec(session -> session.set("form", form(session)))
            .exec(http("submit complaint").post("#{action}").header("Origin", SurveyRespondents.ORIGIN)
                .formParamMap(session -> session.getMap("form"))
                .check(status().is(200), regex("K-\\d{4}-\\d{6}").exists()))
            .exec(session -> {
                if (!session.isFailed()) {
                    step.accepted();
                }
                return session;
            });
        setUp(citizen.injectClosed(constantConcurrentUsers(step.concurrency).during(step.duration)))
            .protocols(Browsers.protocol(step.gateway, step.fetchAssets));
    }

    @Override
    public void before() {
        step.started();
    }

    @Override
    public void after() {
        step.ended();
    }

    private static Map<String, Object> form(Session session) {
        List<String> places = session.<String>getList("places").stream()
            .filter(place -> !place.isEmpty() && !place.equals("ved-ikke")).toList();
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("indsendelse", session.getString("submissionKey"));
        form.put("tid", session.getString("stamp"));
        form.put("hjemmeside", "");
        form.put("art", "klage");
        form.put("rolle", "borger");
        form.put("sted", places.get(ThreadLocalRandom.current().nextInt(places.size())));
        form.put("kategori", "");
        form.put("hvad", "Jeg fik ikke den hjælp til rengøring, som jeg har fået bevilget, tre uger i træk.");
        form.put("oenske", "At hjælpen kommer, som aftalt.");
        form.put("afgoerelse", "nej");
        form.put("afgoerelsesdato", "");
        form.put("kontakt", "anonym");
        return form;
    }
}
