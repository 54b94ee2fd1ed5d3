package dk.borgerstemme.gateway.insight;

import dk.borgerstemme.platform.testing.Browserless;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The questions behind a point on its page and the latest results on the staff start page, against the fake
 * services' figures ({@link QuestionsFixture}, {@link InsightFixture}): the page shows the survey service's numbers,
 * only formatted, for the staff member's own scope, and says so when the survey service does not answer.
 */
@MicronautTest(environments = "demo")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QuestionsAndLatestResultsTest implements TestPropertyProvider {

    private static final String POINT_PAGE = "/o/slagelse/indsigt/punkt/god-servicekultur?period=wave-" + InsightFixture.WAVE_2026;

    @Inject
    EmbeddedServer server;

    FakeServices services;

    @Override
    public Map<String, String> getProperties() {
        services = FakeServices.start();
        return services.gatewayProperties();
    }

    @BeforeEach
    void servicesAnswer() {
        services.questionsDown(false);
        services.calls().clear();
    }

    @AfterAll
    void stop() {
        services.close();
    }

    @Test
    void anAnalystSeesEachQuestionBehindThePointWithTheSurveyServicesFigures() {
        String section = questions(SignedIn.as(server.getURI(), "bo").get(POINT_PAGE).body());

        assertThat(section).contains("Spørgsmålene bag målepunktet").contains("Tallene gælder hele organisationen.")
            .contains("Måling: " + InsightFixture.WAVE_2026_NAME + ".").contains("Ændringen er i forhold til " + InsightFixture.WAVE_2025_NAME + ".");
        String respect = row(section, "moedt-med-respekt");
        assertThat(respect).contains(QuestionsFixture.RESPECT).contains("<td class=\"insight-question-share\">75 %</td>")
            .contains("<td class=\"insight-question-n\">40</td>").contains("<td class=\"insight-question-change\">+35 procentpoint</td>")
            .contains("Steg mere end tilfældigt").contains("Helt enig: 4");
        String reworded = row(section, "set-som-menneske");
        assertThat(reworded).contains("50 %").contains("Ikke sammenlignet");
        assertThat(section).contains(QuestionsFixture.NOT_LIKE_FOR_LIKE).contains("role=\"img\"")
            .contains("Højest andel positive: »" + QuestionsFixture.RESPECT + "« (75 %)");
        assertThat(services.calls()).filteredOn(call -> call.path().endsWith("/questions")).singleElement().satisfies(call -> {
            assertThat(call.path()).isEqualTo("/api/surveys/slagelse/waves/" + InsightFixture.WAVE_2026 + "/questions");
            assertThat(call.query()).containsEntry("point", "god-servicekultur").doesNotContainKey("unit");
        });
    }

    @Test
    void aUnitLeaderSeesTheQuestionsOfTheirOwnUnitsTogetherAndAHiddenQuestionShowsNoNumbers() {
        String section = questions(SignedIn.as(server.getURI(), "clara").get(POINT_PAGE).body());

        assertThat(section).contains("Tallene gælder dine enheder samlet: Botilbuddet Solvang, Botilbuddet Havnevej.");
        assertThat(row(section, "moedt-med-respekt")).contains("<td class=\"insight-question-share\">75 %</td>")
            .contains("<td class=\"insight-question-n\">12</td>");
        assertThat(row(section, "lyttet-til")).contains("data-suppressed=\"true\"").contains("Skjult (for få svar)")
            .contains("<td class=\"insight-question-n\">–</td>").doesNotContain("%");
        assertThat(section).contains("1 spørgsmål er skjult, fordi for få har svaret.");
    }

    @Test
    void aUnitFilterNarrowsTheQuestionsToThatUnitAndAnotherLeadersUnitIsRefused() {
        Browserless clara = SignedIn.as(server.getURI(), "clara");

        String section = questions(clara.get(POINT_PAGE + "&unit=botilbuddet-solvang").body());
        HttpResponse<String> another = clara.get(POINT_PAGE + "&unit=bostedet-skovly");

        assertThat(section).contains("Tallene gælder Botilbuddet Solvang.");
        assertThat(row(section, "moedt-med-respekt")).contains("80 %").contains("<td class=\"insight-question-n\">10</td>");
        assertThat(another.statusCode()).isEqualTo(403);
        assertThat(services.calls()).noneMatch(call -> "bostedet-skovly".equals(call.query().get("unit")));
    }

    @Test
    void withTheQuestionsUnavailableThePageSaysSoAndShowsTheRest() {
        services.questionsDown(true);

        HttpResponse<String> page = SignedIn.as(server.getURI(), "bo").get(POINT_PAGE);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(questions(page.body())).contains("Spørgsmålene kunne ikke hentes fra undersøgelsestjenesten lige nu. Resten af siden vises.")
            .doesNotContain("data-question=");
        assertThat(page.body()).contains("data-breakdown=\"survey-area\"").doesNotContain("Exception");
    }

    @Test
    void theSectionIsInEnglishWhenAskedAndAComplaintPointHasNoQuestionsButItsCategories() {
        Browserless bo = SignedIn.as(server.getURI(), "bo");

        String english = bo.get(POINT_PAGE + "&lang=en").body();
        String complaintPoint = SignedIn.as(server.getURI(), "bo").get("/o/slagelse/indsigt/punkt/udvikling-i-antallet-af-klager?period=2026H1").body();

        assertThat(questions(english)).contains("Questions behind this point").contains("The figures are for the whole organisation.")
            .contains("Highest share positive: \u201c" + QuestionsFixture.RESPECT + "\u201d (75%)");
        assertThat(complaintPoint).doesNotContain("id=\"questions\"").contains("data-breakdown=\"complaints-category\"")
            .contains("Levering af hjælpen");
    }

    @Test
    void aUnitLeadersStartPageShowsTheLatestWaveForEachOwnUnitWithLinksToThePoints() {
        String page = SignedIn.as(server.getURI(), "clara").get("/o/slagelse/personale").body();
        String latest = latest(page);

        assertThat(latest).contains("Seneste resultater for dine enheder").contains("Fra målingen " + InsightFixture.WAVE_2026_NAME + ".");
        String solvang = table(latest, "botilbuddet-solvang");
        assertThat(solvang).contains("href=\"/o/slagelse/indsigt/punkt/god-servicekultur?period=wave-2&amp;unit=botilbuddet-solvang\"")
            .contains("<td class=\"latest-value\">90 %</td>").contains("<td class=\"latest-n\">10</td>")
            .contains("<td class=\"latest-change\">±0 procentpoint</td>");
        String havnevej = table(latest, InsightFixture.SUPPRESSED_UNIT);
        assertThat(havnevej).contains("data-suppressed=\"true\"").contains("Skjult (for få)").contains("<td class=\"latest-n\">–</td>").doesNotContain("%");
        assertThat(latest).doesNotContain("bostedet-skovly").contains("Ikke helt sammenlignelig med forrige måling");
        assertThat(services.calls()).filteredOn(call -> call.path().endsWith("/results"))
            .allSatisfy(call -> assertThat(call.query()).containsEntry("by", "unit").doesNotContainKey("unit"));
    }

    @Test
    void anAnalystsStartPageShowsTheOrganisationsLatestValuesWithNAndChange() {
        String latest = latest(SignedIn.as(server.getURI(), "bo").get("/o/slagelse/personale").body());

        String organisation = table(latest, "organisation");
        assertThat(latest).contains("Seneste resultater for organisationen").doesNotContain("Seneste resultater for dine enheder");
        assertThat(row(organisation, "god-servicekultur", "data-point")).contains("<td class=\"latest-value\">85 %</td>")
            .contains("<td class=\"latest-n\">40</td>").contains("<td class=\"latest-change\">+35 procentpoint</td>")
            .contains("Steg mere end tilfældigt").contains("href=\"/o/slagelse/indsigt/punkt/god-servicekultur?period=wave-2\"");
    }

    @Test
    void aCaseworkerWithoutResultsSeesNoResultsSectionAndNoError() {
        HttpResponse<String> page = SignedIn.as(server.getURI(), "dan").get("/o/slagelse/personale");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).doesNotContain("latest-results").contains("workload-overdue");
        assertThat(services.calls()).noneMatch(call -> call.path().startsWith("/api/surveys/"));
    }

    private static String questions(String page) {
        return between(page, "<section id=\"questions\"", "</section>");
    }

    private static String latest(String page) {
        return between(page, "<section id=\"latest-results\"", "</section>");
    }

    private static String table(String section, String scope) {
        int start = section.indexOf("id=\"latest-" + scope + "\"");
        assertThat(start).as("a table for %s", scope).isNotNegative();
        int end = section.indexOf("</table>", start);
        return section.substring(Math.max(0, section.lastIndexOf("<h3", start)), end < 0 ? section.length() : end);
    }

    private static String row(String section, String question) {
        return row(section, question, "data-question");
    }

    private static String row(String section, String id, String attribute) {
        Matcher row = Pattern.compile("<tr[^>]*" + attribute + "=\"" + Pattern.quote(id) + "\".*?</tr>", Pattern.DOTALL).matcher(section);
        assertThat(row.find()).as("a row %s", id).isTrue();
        return row.group();
    }

    private static String between(String page, String start, String end) {
        int from = page.indexOf(start);
        assertThat(from).as("%s on the page", start).isNotNegative();
        int to = page.indexOf(end, from);
        return page.substring(from, to < 0 ? page.length() : to);
    }
}
