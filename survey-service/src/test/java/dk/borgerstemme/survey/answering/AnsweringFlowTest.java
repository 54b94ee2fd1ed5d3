package dk.borgerstemme.survey.answering;

import dk.borgerstemme.platform.testing.Browserless;
import dk.borgerstemme.platform.testing.UsesTestDatabase;
import dk.borgerstemme.survey.definition.DefaultSurveys;
import dk.borgerstemme.survey.definition.Question;
import dk.borgerstemme.survey.definition.QuestionType;
import dk.borgerstemme.survey.definition.ScoredAnswers;
import dk.borgerstemme.survey.definition.SurveyDefinition;
import dk.borgerstemme.survey.invitation.Invitation;
import dk.borgerstemme.survey.invitation.InvitationCode;
import dk.borgerstemme.survey.invitation.InvitationRepository;
import dk.borgerstemme.survey.wave.SurveyRepositories;
import dk.borgerstemme.survey.wave.SurveyRow;
import dk.borgerstemme.survey.wave.SurveyVersionRow;
import dk.borgerstemme.survey.wave.Wave;
import dk.borgerstemme.survey.wave.WaveRepository;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnsweringFlowTest implements UsesTestDatabase {

    private static final String BASE = "/o/slagelse/s";

    @Inject
    EmbeddedServer server;

    @Inject
    DefaultSurveys defaults;

    @Inject
    SurveyRepositories.Surveys surveys;

    @Inject
    SurveyRepositories.Versions versions;

    @Inject
    WaveRepository waves;

    @Inject
    InvitationRepository invitations;

    @Inject
    SavedAnswersRepository saved;

    @Inject
    Responses.ResponseRepository responses;

    @Inject
    Responses.AnswerRepository answers;

    @Inject
    ObjectMapper json;

    SurveyDefinition definition;
    Wave wave;

    @BeforeAll
    void fieldTheSlagelseSurvey() throws Exception {
        definition = defaults.forFramework("slagelse-2024-2030").get(0);
        LocalDate today = LocalDate.now();
        SurveyRow survey = surveys.save(new SurveyRow(null, "slagelse", definition.id(), today, null));
        SurveyVersionRow version = versions.save(new SurveyVersionRow(null, survey.id(), 1, json.writeValueAsString(definition), today));
        wave = waves.save(new Wave(null, "slagelse", version.id(), "Brugertilfredshed", today.minusDays(1), today.plusDays(30), null));
    }

    @Test
    void aCitizenAnswersEveryQuestionAndOnlyAnAnonymousResponseRemains() {
        Browserless citizen = browser();
        InvitationCode code = issue();

        assertThat(enter(citizen, code.display().toLowerCase()).headers().firstValue("Location")).hasValue(BASE + "/intro");
        HttpResponse<String> intro = citizen.get(BASE + "/intro");
        assertThat(intro.body()).contains("<h1>" + definition.title().da() + "</h1>").contains("anonyme");
        assertThat(citizen.submit(BASE + "/intro", BASE + "/intro", Map.of("hvordan", "med-hjaelp-fra-medarbejder"))
            .headers().firstValue("Location")).hasValue(BASE + "/spoergsmaal/1");

        int total = definition.shownQuestions(Map.of()).size();
        Map<String, String> given = new HashMap<>();
        for (int number = 1; number <= total; number++) {
            String page = BASE + "/spoergsmaal/" + number;
            HttpResponse<String> question = citizen.get(page);
            assertThat(question.body()).contains("<title>Spørgsmål " + number + " af " + total);
            Question shown = definition.shownQuestions(Map.of()).get(number - 1);
            given.put(shown.key(), anAnswerTo(shown));
            citizen.submit(page, page, Map.of("svar", anAnswerTo(shown), "gaa", "frem"));
        }
        HttpResponse<String> review = citizen.get(BASE + "/tjek");
        assertThat(review.body()).contains("Tjek dine svar").doesNotContain("Mangler et svar");

        HttpResponse<String> sent = citizen.submit(BASE + "/tjek", BASE + "/tjek", Map.of());

        assertThat(sent.headers().firstValue("Location")).hasValue(BASE + "/tak");
        assertThat(citizen.get(BASE + "/tak").body()).contains("Tak for dine svar");
        assertThat(responses.countByWaveId(wave.id())).isGreaterThanOrEqualTo(1);
        assertThat(invitations.findById(code.value()).orElseThrow().used()).isTrue();
        assertThat(saved.existsById(code.value())).isFalse();
        Responses.Response response = responses.findAll().stream()
            .filter(row -> row.answeredHow().equals("med-hjaelp-fra-medarbejder")).findFirst().orElseThrow();
        assertThat(response.submittedOn()).isEqualTo(LocalDate.now());
        assertThat(answers.countByResponseId(response.id())).isEqualTo(total);
        List<String> scored = ScoredAnswers.keys(definition);
        assertThat(response.scored()).as("the scored answers' copy results read").hasSize(scored.size());
        for (int i = 0; i < scored.size(); i++) {
            String value = given.get(scored.get(i));
            byte expected = value == null ? ScoredAnswers.NO_ANSWER : (byte) (ScoredAnswers.FIRST_STEP + Integer.parseInt(value));
            assertThat(response.scored()[i]).as(scored.get(i)).isEqualTo(expected);
        }
        assertThat(citizen.get(BASE + "/intro").headers().firstValue("Location")).as("the code is gone after submit").hasValue(BASE);
    }

    @Test
    void aMistypedCodeIsExplainedAndWhatWasTypedIsKept() {
        Browserless citizen = browser();
        String typo = "ACDE-FHJK-MNP3";

        HttpResponse<String> page = enter(citizen, typo);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
            .contains("Koden er ikke skrevet rigtigt")
            .contains("value=\"" + typo + "\"")
            .contains("aria-invalid=\"true\"")
            .contains("<title>Fejl: ");
    }

    @Test
    void aCodeOfAnotherOrganisationAndAnUsedCodeAreRefusedInEnglishToo() {
        InvitationCode used = issue();
        invitations.claim(used.value());
        Browserless citizen = browser();
        citizen.get(BASE + "?lang=en");

        assertThat(enter(citizen, used.value()).body()).contains("This code has been used");
        assertThat(enter(citizen, InvitationCode.generate().value()).body()).contains("We do not know this code");
    }

    @Test
    void aTextThatIsTooLongShowsAnErrorTiedToItsFieldAndKeepsWhatWasWritten() {
        Browserless citizen = startedBrowser(issue());
        List<Question> shown = definition.shownQuestions(Map.of());
        Question text = shown.stream().filter(question -> question.type() == QuestionType.FREE_TEXT).findFirst().orElseThrow();
        String page = BASE + "/spoergsmaal/" + (shown.indexOf(text) + 1);
        String tooLong = "Lang tekst. ".repeat(text.effectiveMaxLength() / 10);

        HttpResponse<String> refused = citizen.submit(page, page, Map.of("svar", tooLong, "gaa", "frem"));

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body())
            .contains("Der er et problem")
            .contains("href=\"#" + text.key() + "-text\"")
            .contains("id=\"" + text.key() + "-error\"")
            .contains("Teksten er for lang. Du kan skrive op til " + text.effectiveMaxLength() + " tegn.")
            .contains(tooLong.strip());
    }

    @Test
    void answersAreKeptForLaterAndFoundAgainWithTheSameCode() {
        InvitationCode code = issue();
        Browserless before = startedBrowser(code);
        Question first = definition.shownQuestions(Map.of()).get(0);
        before.submit(BASE + "/spoergsmaal/1", BASE + "/spoergsmaal/1", Map.of("svar", anAnswerTo(first), "gaa", "frem"));

        Browserless later = browser();
        enter(later, code.value());

        assertThat(later.get(BASE + "/spoergsmaal/1").body())
            .contains("value=\"" + anAnswerTo(first) + "\" checked");
    }

    @Test
    void twoSubmitsOfOneCodeAtOnceStoreOneResponseAndTellTheOtherItIsAlreadyAnswered() throws Exception {
        InvitationCode code = issue();
        Browserless citizen = startedBrowser(code);
        for (Question question : definition.shownQuestions(Map.of())) {
            int number = definition.shownQuestions(Map.of()).indexOf(question) + 1;
            String page = BASE + "/spoergsmaal/" + number;
            citizen.submit(page, page, Map.of("svar", anAnswerTo(question), "gaa", "frem"));
        }
        long before = responses.count();
        String token = citizen.csrfTokenOn(BASE + "/tjek");

        CompletableFuture<HttpResponse<String>> first = CompletableFuture.supplyAsync(() -> citizen.post(BASE + "/tjek?_csrf=" + token, Map.of(), Map.of()));
        CompletableFuture<HttpResponse<String>> second = CompletableFuture.supplyAsync(() -> citizen.post(BASE + "/tjek?_csrf=" + token, Map.of(), Map.of()));
        List<HttpResponse<String>> both = List.of(first.get(), second.get());

        assertThat(responses.count()).isEqualTo(before + 1);
        assertThat(both).extracting(HttpResponse::statusCode).containsExactlyInAnyOrder(303, 200);
        assertThat(both).filteredOn(response -> response.statusCode() == 200)
            .allSatisfy(response -> assertThat(response.body()).contains("Dine svar er allerede sendt"));
    }

    @Test
    void switchingToThreeStepsKeepsTheAnswerAlreadyChosenOnThePage() {
        Browserless citizen = startedBrowser(issue());
        Question first = definition.shownQuestions(Map.of()).get(0);
        String page = BASE + "/spoergsmaal/1";
        String fiveStepCount = "type=\"radio\"";
        assertThat(citizen.get(page).body().split(fiveStepCount, -1)).hasSize(5 + 1 + 1);

        HttpResponse<String> switched = citizen.submit(page, page, Map.of("svar", "5", "profil", "tre", "gaa", "profil"));

        assertThat(switched.headers().firstValue("Location")).hasValue(page);
        String threeSteps = citizen.get(page).body();
        assertThat(threeSteps.split(fiveStepCount, -1)).as("three steps and don't know").hasSize(3 + 1 + 1);
        assertThat(threeSteps).contains("value=\"5\" checked");
        assertThat(first.type().threeStepVariant()).isPresent();
    }

    @Test
    void easyReadShowsTheEasyReadTextOfTheQuestion() {
        Browserless citizen = startedBrowser(issue());
        Question first = definition.shownQuestions(Map.of()).get(0);
        String page = BASE + "/spoergsmaal/1";

        citizen.submit(page, page, Map.of("profil", "let", "gaa", "profil"));

        assertThat(citizen.get(page).body()).contains(first.easyRead().da()).doesNotContain(">" + first.text().da() + "<");
    }

    @Test
    void aCitizenWhoChoosesOnePageAnswersEveryQuestionThereAndSubmits() {
        Browserless citizen = browser();
        enter(citizen, issue().value());
        HttpResponse<String> started = citizen.submit(BASE + "/intro", BASE + "/intro", Map.of("hvordan", "alene", "gaa", "alle"));
        assertThat(started.headers().firstValue("Location")).hasValue(BASE + "/alle");
        List<Question> shown = definition.shownQuestions(Map.of());
        assertThat(citizen.get(BASE + "/alle").body().split("<h2 class=\"borgerstemme-question\"", -1)).hasSize(shown.size() + 1);

        Map<String, String> form = new java.util.HashMap<>();
        shown.forEach(question -> form.put("svar-" + question.key(), anAnswerTo(question)));
        HttpResponse<String> answered = citizen.submit(BASE + "/alle", BASE + "/alle", form);

        assertThat(answered.headers().firstValue("Location")).hasValue(BASE + "/tjek");
        long before = responses.count();
        assertThat(citizen.submit(BASE + "/tjek", BASE + "/tjek", Map.of()).headers().firstValue("Location")).hasValue(BASE + "/tak");
        assertThat(responses.count()).isEqualTo(before + 1);
    }

    @Test
    void onOnePageEveryProblemIsListedAndTheValidAnswersAreKept() {
        Browserless citizen = browser();
        InvitationCode code = issue();
        enter(citizen, code.value());
        citizen.submit(BASE + "/intro", BASE + "/intro", Map.of("hvordan", "alene", "gaa", "alle"));
        List<Question> shown = definition.shownQuestions(Map.of());
        Question first = shown.get(0);
        Question text = shown.stream().filter(question -> question.type() == QuestionType.FREE_TEXT).findFirst().orElseThrow();

        HttpResponse<String> page = citizen.submit(BASE + "/alle", BASE + "/alle", Map.of(
            "svar-" + first.key(), anAnswerTo(first),
            "svar-" + text.key(), "x".repeat(text.effectiveMaxLength() + 1)));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Der er et problem").contains("href=\"#" + text.key() + "-text\"")
            .contains("value=\"" + anAnswerTo(first) + "\" checked");
        assertThat(citizen.get(BASE + "/spoergsmaal/1").body()).contains("value=\"" + anAnswerTo(first) + "\" checked");
    }

    @Test
    void noPageOfTheSurveyOpensWithoutACode() {
        Browserless stranger = browser();

        assertThat(stranger.get(BASE + "/spoergsmaal/1").headers().firstValue("Location")).hasValue(BASE);
        assertThat(stranger.get(BASE + "/tjek").headers().firstValue("Location")).hasValue(BASE);
    }

    private Browserless startedBrowser(InvitationCode code) {
        Browserless citizen = browser();
        enter(citizen, code.value());
        citizen.submit(BASE + "/intro", BASE + "/intro", Map.of("hvordan", "alene"));
        return citizen;
    }

    private HttpResponse<String> enter(Browserless citizen, String typed) {
        return citizen.submit(BASE, BASE, Map.of("code", typed));
    }

    private static String anAnswerTo(Question question) {
        if (question.type() == QuestionType.FREE_TEXT) {
            return "Personalet er søde.";
        }
        return question.offeredValues().get(question.offeredValues().size() > 2 ? 3 : 0);
    }

    private InvitationCode issue() {
        InvitationCode code = InvitationCode.generate();
        invitations.save(new Invitation(code.value(), wave.id(), "botilbuddet-solvang", "borger", LocalDate.now(), false, null, null));
        return code;
    }

    private Browserless browser() {
        return new Browserless(server.getURI());
    }
}
