package dk.borgerstemme.survey.authoring;

import dk.borgerstemme.platform.testing.Browserless;
import dk.borgerstemme.platform.testing.StaffTokenTestSupport;
import dk.borgerstemme.platform.testing.TestTokens;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The administrator's pages as a browser without JavaScript uses them: forms, 303s, and pages shown again with errors. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdminPagesTest implements TestPropertyProvider {

    private static final String ADMIN_PAGES = "/o/slagelse/s/admin";
    private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");

    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        return StaffTokenTestSupport.properties();
    }

    @Test
    void anAdminMakesADraftFromTheShippedSurveyEditsAQuestionSeesTheWarningPreviewsAndPublishes() {
        Browserless anna = signedIn("anna", "ADMIN");
        String editor = create(anna, "pages-journey");

        HttpResponse<String> draft = anna.get(editor);
        assertThat(draft.statusCode()).isEqualTo(200);
        assertThat(draft.body()).contains("Kladde: Brugertilfredshed", "Spørgsmål (11)", "Tjekket finder intet at rette");

        Map<String, String> question = fieldsOf(anna.get(editor + "/spoergsmaal/1").body());
        question.put("easyread-da", "");
        question.put("easyread-en", "");
        HttpResponse<String> saved = anna.submit(editor + "/spoergsmaal/1", editor + "/spoergsmaal/1", question);
        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(anna.get(editor).body()).contains("Advarsler (1)",
            "Spørgsmål 1: Spørgsmålet har ingen let læst tekst, som den, der svarer, kan skifte til.");

        HttpResponse<String> preview = anna.get(editor + "/vis");
        assertThat(preview.body()).contains("Hvor tilfreds er du med den hjælp, du får?", "Meget tilfreds", "Intet bliver gemt")
            .doesNotContain("method=\"post\" novalidate action=\"/o/slagelse/s/spoergsmaal");

        HttpResponse<String> confirm = anna.get(editor + "/udgiv");
        assertThat(confirm.body()).contains("Ja, udgiv version 1");
        HttpResponse<String> published = anna.submit(editor + "/udgiv", editor + "/udgiv", Map.of("version", versionOn(confirm.body())));
        assertThat(published.headers().firstValue("Location")).hasValue(ADMIN_PAGES + "/pages-journey?udgivet=1");
        assertThat(anna.get(ADMIN_PAGES + "/pages-journey?udgivet=1").body()).contains("Version 1 er udgivet", "Version 1, udgivet");
    }

    @Test
    void badInputOnAQuestionIsExplainedBesideEachFieldAndEverythingTypedIsKept() {
        Browserless anna = signedIn("anna", "ADMIN");
        String editor = create(anna, "pages-bad-input");
        Map<String, String> question = fieldsOf(anna.get(editor + "/spoergsmaal/1").body());
        question.put("type", "smiley-7");
        question.put("text-da", "");
        question.put("text-en", "Typed in English");
        question.put("labels-2-label-da", "");
        question.put("image-source", "/billeder/hjaelper.png");
        question.put("help-da", "x".repeat(DefinitionInput.LONGEST_TEXT + 1));

        HttpResponse<String> page = anna.submit(editor + "/spoergsmaal/1", editor + "/spoergsmaal/1", question);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
            .contains("<title>Fejl: Spørgsmål 1")
            .contains("Vælg en af spørgsmålstyperne: smiley-3, smiley-5")
            .contains("href=\"#text-da\">Skriv en dansk tekst.")
            .contains("href=\"#image-alt-da\">Skriv en dansk alternativ tekst")
            .contains("Teksten er for lang. Skriv højst 1000 tegn.")
            .contains("id=\"text-en\" name=\"text-en\">Typed in English</textarea>")
            .contains("value=\"/billeder/hjaelper.png\"")
            .contains("aria-invalid=\"true\"");
        assertThat(anna.get(editor + "/spoergsmaal/1").body()).as("nothing was stored").contains("Hvor tilfreds er du med den hjælp, du får?");

        Map<String, String> withoutLabel = fieldsOf(anna.get(editor + "/spoergsmaal/1").body());
        withoutLabel.put("labels-2-label-da", "");
        HttpResponse<String> label = anna.submit(editor + "/spoergsmaal/1", editor + "/spoergsmaal/1", withoutLabel);
        assertThat(label.body()).contains("href=\"#labels-2-label-da\">Skriv en tekst til trin 3. Et trin uden tekst kan ikke skelnes fra de andre.");
    }

    @Test
    void theSurveyTextsFormRefusesAnEmptyTitleAndTooManyMinutesInEnglishToo() {
        Browserless anna = signedIn("anna", "ADMIN");
        String editor = create(anna, "pages-texts");
        anna.get(editor + "?lang=en");

        HttpResponse<String> page = anna.submit(editor, editor, Map.of("version", versionOn(anna.get(editor).body()), "kind", "satisfaction",
            "title-da", " ", "title-en", "Kept", "intro-da", "Intro", "minutes", "500", "respondentroles", "borger"));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<title>Error: ", "href=\"#title-da\">Write a Danish text.", "Write a whole number from 1 to 120.",
            "value=\"Kept\"", "value=\"500\"");
    }

    @Test
    void aStaleEditIsRefusedWithAClearMessageAndWhatWasTypedStays() {
        Browserless anna = signedIn("anna", "ADMIN");
        String editor = create(anna, "pages-stale");
        Map<String, String> seenByBoth = fieldsOf(anna.get(editor + "/spoergsmaal/2").body());
        anna.submit(editor, editor + "/spoergsmaal/1/flyt", Map.of("version", seenByBoth.get("version"), "retning", "ned"));

        seenByBoth.put("text-da", "Min nye tekst, som ikke blev gemt");
        HttpResponse<String> stale = anna.submit(editor + "/spoergsmaal/2", editor + "/spoergsmaal/2", seenByBoth);

        assertThat(stale.statusCode()).as(stale.body()).isEqualTo(409);
        assertThat(stale.body()).contains("En anden har ændret undersøgelsen", "Min nye tekst, som ikke blev gemt");
    }

    @Test
    void aDraftTheCheckRefusesShowsWhyAndOffersNoPublishButton() {
        Browserless anna = signedIn("anna", "ADMIN");
        HttpResponse<String> created = anna.submit(ADMIN_PAGES, ADMIN_PAGES, Map.of("kilde", "ny", "ny-kind", "satisfaction",
            "ny-title-da", "Tom undersøgelse", "ny-id", "pages-empty"));
        String editor = created.headers().firstValue("Location").orElseThrow();

        assertThat(anna.get(editor).body()).contains("Kan ikke udgives endnu", "Undersøgelsen har ingen spørgsmål endnu.");
        HttpResponse<String> confirm = anna.get(editor + "/udgiv");
        assertThat(confirm.body()).contains("Ret fejlene i kladden").doesNotContain("Ja, udgiv");
        HttpResponse<String> forced = anna.post(editor + "/udgiv?_csrf=" + anna.csrfTokenOn(editor), Map.of("version", versionOn(anna.get(editor).body())),
            Map.of());
        assertThat(forced.statusCode()).isEqualTo(200);
        assertThat(forced.body()).contains("Kladden kan ikke udgives endnu");
    }

    @Test
    void aNewSurveyWithABadOrTakenIdIsRefusedOnItsField() {
        Browserless anna = signedIn("anna", "ADMIN");
        create(anna, "pages-taken");

        HttpResponse<String> taken = anna.submit(ADMIN_PAGES, ADMIN_PAGES, Map.of("kilde", "standard", "standard", "brugertilfredshed-slagelse",
            "standard-id", "pages-taken"));
        HttpResponse<String> bad = anna.submit(ADMIN_PAGES, ADMIN_PAGES, Map.of("kilde", "ny", "ny-kind", "satisfaction", "ny-title-da", "",
            "ny-id", "Ikke Et Id"));

        assertThat(taken.statusCode()).isEqualTo(200);
        assertThat(taken.body()).contains("href=\"#standard-id\">En anden undersøgelse har allerede det id.");
        assertThat(bad.body()).contains("href=\"#ny-title-da\">Skriv en dansk tekst.", "href=\"#ny-id\">Skriv et id", "value=\"Ikke Et Id\"");
    }

    @Test
    void onlyAnAdministratorOfTheOrganisationReachesThePages() {
        assertThat(signedIn("dan", "CASEWORKER").get(ADMIN_PAGES).statusCode()).isEqualTo(403);
        assertThat(signedIn("clara", "UNIT_LEADER").get(ADMIN_PAGES).statusCode()).isEqualTo(403);
        assertThat(signedIn("bo", "ANALYST").get(ADMIN_PAGES).statusCode()).isEqualTo(403);
        Browserless eva = new Browserless(server.getURI());
        eva.setCookie("BORGERSTEMME", TestTokens.staff("eva", "midtjylland", List.of("ADMIN"), List.of(), List.of()));
        assertThat(eva.get(ADMIN_PAGES).statusCode()).isEqualTo(403);
        assertThat(signedIn("anna", "ADMIN").get(ADMIN_PAGES + "/no-such-survey").statusCode()).isEqualTo(404);
    }

    private String create(Browserless admin, String id) {
        HttpResponse<String> created = admin.submit(ADMIN_PAGES, ADMIN_PAGES, Map.of("kilde", "standard", "standard", "brugertilfredshed-slagelse",
            "standard-id", id));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(303);
        return created.headers().firstValue("Location").orElseThrow();
    }

    private Browserless signedIn(String username, String role) {
        Browserless browser = new Browserless(server.getURI());
        browser.setCookie("BORGERSTEMME", TestTokens.staff(username, "slagelse", List.of(role), List.of("botilbuddet-solvang"), List.of()));
        return browser;
    }

    private static String versionOn(String page) {
        Matcher matcher = VERSION.matcher(page);
        assertThat(matcher.find()).as("a version field").isTrue();
        return matcher.group(1);
    }

    /** The values a form on the page would send: inputs, text areas, ticked boxes and chosen options. */
    static Map<String, String> fieldsOf(String page) {
        Map<String, String> fields = new HashMap<>();
        Matcher inputs = Pattern.compile("<input([^>]*)>").matcher(page);
        while (inputs.find()) {
            String attributes = inputs.group(1);
            String name = attribute(attributes, "name");
            String type = attribute(attributes, "type");
            if (name == null || "profil".equals(name)) {
                continue;
            }
            if ("checkbox".equals(type) && !attributes.contains("checked")) {
                continue;
            }
            fields.put(name, unescape(attribute(attributes, "value") == null ? "" : attribute(attributes, "value")));
        }
        Matcher areas = Pattern.compile("<textarea([^>]*)>([^<]*)</textarea>").matcher(page);
        while (areas.find()) {
            fields.put(attribute(areas.group(1), "name"), unescape(areas.group(2)));
        }
        Matcher selects = Pattern.compile("<select([^>]*)>(.*?)</select>", Pattern.DOTALL).matcher(page);
        while (selects.find()) {
            Matcher chosen = Pattern.compile("<option value=\"([^\"]*)\" selected").matcher(selects.group(2));
            fields.put(attribute(selects.group(1), "name"), chosen.find() ? unescape(chosen.group(1)) : "");
        }
        return fields;
    }

    private static String attribute(String attributes, String name) {
        Matcher matcher = Pattern.compile("\\s" + name + "=\"([^\"]*)\"").matcher(attributes);
        return matcher.find() ? matcher.group(1) : null;
    }

    private static String unescape(String html) {
        return html.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }
}
