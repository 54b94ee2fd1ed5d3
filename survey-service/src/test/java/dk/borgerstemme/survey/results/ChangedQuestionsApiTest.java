package dk.borgerstemme.survey.results;

import dk.borgerstemme.platform.catalogue.LocalizedText;
import dk.borgerstemme.platform.testing.StaffTokenTestSupport;
import dk.borgerstemme.platform.testing.TestTokens;
import dk.borgerstemme.survey.definition.DefaultSurveys;
import dk.borgerstemme.survey.definition.Question;
import dk.borgerstemme.survey.definition.QuestionType;
import dk.borgerstemme.survey.definition.SurveyDefinition;
import dk.borgerstemme.survey.wave.Wave;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dk.borgerstemme.survey.results.ResultsJson.cell;
import static dk.borgerstemme.survey.results.ResultsJson.number;
import static dk.borgerstemme.survey.results.ResultsJson.point;
import static dk.borgerstemme.survey.results.ResultsJson.total;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * A point fed by several questions, figured respondent by respondent, and a point whose questions changed between
 * the versions two waves fielded. Slagelse's survey as shipped (version 1) in spring; in autumn version 2, which
 * drops lyttet-til, asks set-som-menneske on a smiley scale instead of agreement (a changed scale), and rewords
 * digital-tilgaengelighed. Six respondents in solvang each wave (minimum group size 5).
 *
 * <pre>
 *          moedt-med-respekt  set-som-menneske  lyttet-til | bestemmer-selv  klarer-mere-selv | digital
 *   spring (all agreement-5)
 *   P1            2                 5               5      |       4               5          |    5
 *   P2            2                 5               5      |       2               2          |    5
 *   P3            4                 5               5      |       5            ved-ikke      |    5
 *   P4            2                 4               4      |       3               4          |    5
 *   P5            1                 5               5      |       4               4          |    5
 *   P6            2                 5               5      |       1               2          |    5
 *   autumn              (smiley-5)   (dropped)
 *   C1            5                 1                      |       4               4          |    1
 *   C2            4                 1                      |       5            ved-ikke      |    1
 *   C3            5                 2                      |       2               2          |    1
 *   C4            4                 1                      |       4               5          |    1
 *   C5            2                 1                      |       1               1          |    1
 *   C6            4                 2                      |    ved-ikke        ved-ikke      |    1
 * </pre>
 *
 * <b>oplevet-selvbestemmelse</b> (bestemmer-selv, klarer-mere-selv; unchanged, like for like). Each respondent's
 * share of positive answers, then their mean. Autumn: C1 2/2, C2 1/1, C3 0/2, C4 2/2, C5 0/2, C6 only "ved ikke"
 * (not in n): n 5, share 3/5 = 0.6, mean (4 + 5 + 2 + 4.5 + 1) / 5 = 3.3, 9 scored answers, 3 "ved ikke",
 * Wilson for 0.6 of 5 [0.2307, 0.8824] (the nine answers as if independent, 5 of 9, would give [0.2666, 0.8112]).
 * Spring: 1, 0, 1, 0.5, 1, 0 → 3.5 / 6 = 0.5833, so the change is +0.0167.
 *
 * <p><b>god-servicekultur</b> (not like for like: lyttet-til removed, set-som-menneske rescaled). Shown in full:
 * autumn 0.5, 0.5, 0.5, 0.5, 0, 0.5 → 2.5 / 6 = 0.4167, no mean (two scales), Wilson [0.1395, 0.7589]; spring
 * 2/3 ×5 and 1 → 13/18 = 0.7222, mean of the respondents' means 23.6667 / 6 = 3.9444. Compared on moedt-med-respekt,
 * the one question both ask alike: spring 1 of 6 positive, autumn 5 of 6, change +0.6667 (in full it would have
 * looked like −0.31); the intervals [0.0301, 0.5635] and [0.4365, 0.9699] overlap, so not beyond noise.
 *
 * <p><b>digital-tilgaengelighed</b> (reworded: nothing in common): no change at all, although all six went from 5 to 1.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChangedQuestionsApiTest implements TestPropertyProvider {

    private static final String SOLVANG = "botilbuddet-solvang";
    private static final String ANALYST = TestTokens.staff("bo", "slagelse", List.of("ANALYST"), List.of(), List.of());

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    DefaultSurveys defaults;

    @Inject
    WaveFixture fixture;

    Wave spring;
    Wave autumn;

    @Override
    public Map<String, String> getProperties() {
        return StaffTokenTestSupport.properties();
    }

    @BeforeAll
    void fieldTwoVersionsOfTheSurvey() throws Exception {
        SurveyDefinition first = defaults.forFramework("slagelse-2024-2030").get(0);
        List<Long> versions = fixture.survey("slagelse", first, secondVersionOf(first));
        spring = fixture.wave("slagelse", versions.get(0), "Forår", 200, List.of(SOLVANG), List.of("borger"));
        autumn = fixture.wave("slagelse", versions.get(1), "Efterår", 10, List.of(SOLVANG), List.of("borger"));
        String[][] springAnswers = {
            {"2", "5", "5", "4", "5"}, {"2", "5", "5", "2", "2"}, {"4", "5", "5", "5", "ved-ikke"},
            {"2", "4", "4", "3", "4"}, {"1", "5", "5", "4", "4"}, {"2", "5", "5", "1", "2"}};
        for (String[] answers : springAnswers) {
            fixture.respond(spring, SOLVANG, "borger", "alene", answers(
                "moedt-med-respekt", answers[0], "set-som-menneske", answers[1], "lyttet-til", answers[2],
                "bestemmer-selv", answers[3], "klarer-mere-selv", answers[4], "digital-tilgaengelighed", "5"));
        }
        String[][] autumnAnswers = {
            {"5", "1", "4", "4"}, {"4", "1", "5", "ved-ikke"}, {"5", "2", "2", "2"},
            {"4", "1", "4", "5"}, {"2", "1", "1", "1"}, {"4", "2", "ved-ikke", "ved-ikke"}};
        for (String[] answers : autumnAnswers) {
            fixture.respond(autumn, SOLVANG, "borger", "alene", answers(
                "moedt-med-respekt", answers[0], "set-som-menneske", answers[1],
                "bestemmer-selv", answers[2], "klarer-mere-selv", answers[3], "digital-tilgaengelighed", "1"));
        }
    }

    @Test
    void aPointOfSeveralQuestionsCountsRespondentsAndAveragesTheirOwnShares() {
        Map<String, Object> results = get(autumn, "");
        Map<String, Object> solvang = cell(results, "oplevet-selvbestemmelse", SOLVANG);

        assertThat(solvang.get("n")).isEqualTo(5);
        assertThat(solvang.get("answers")).isEqualTo(9);
        assertThat(solvang.get("dontKnow")).isEqualTo(3);
        assertThat(number(solvang, "sharePositive")).isCloseTo(0.6, within(1e-9));
        assertThat(number(solvang, "mean")).isCloseTo(3.3, within(1e-9));
        assertThat(solvang.get("distribution")).isEqualTo(Map.of("1", 2, "2", 2, "3", 0, "4", 3, "5", 2));
        assertThat(number(solvang, "wilsonLower")).isCloseTo(0.2307, within(0.00005));
        assertThat(number(solvang, "wilsonUpper")).isCloseTo(0.8824, within(0.00005));
        assertThat(number(solvang, "change")).isCloseTo(0.6 - 3.5 / 6, within(1e-9));
        assertThat(point(results, "oplevet-selvbestemmelse").get("likeForLike")).isEqualTo(true);
        assertThat(point(results, "oplevet-selvbestemmelse").get("notLikeForLike")).isNull();
    }

    @Test
    void theEarlierWaveHasItsOwnFiguresAndNothingToCompareWith() {
        Map<String, Object> results = get(spring, "");
        Map<String, Object> solvang = cell(results, "god-servicekultur", SOLVANG);

        assertThat(solvang.get("n")).isEqualTo(6);
        assertThat(solvang.get("answers")).isEqualTo(18);
        assertThat(number(solvang, "sharePositive")).isCloseTo(13 / 18.0, within(1e-9));
        assertThat(number(solvang, "mean")).isCloseTo(23.6667 / 6, within(0.0001));
        assertThat(number(solvang, "wilsonLower")).isCloseTo(0.3425, within(0.00005));
        assertThat(point(results, "god-servicekultur").get("likeForLike")).isNull();
        assertThat(solvang.get("change")).isNull();
    }

    @Test
    void aPointWhoseQuestionsChangedIsFlaggedAndComparedOnTheQuestionsBothAskAlike() {
        Map<String, Object> results = get(autumn, "");
        Map<String, Object> point = point(results, "god-servicekultur");
        Map<String, Object> solvang = cell(results, "god-servicekultur", SOLVANG);

        assertThat(point.get("likeForLike")).isEqualTo(false);
        assertThat(point.get("comparedOn")).isEqualTo(List.of("moedt-med-respekt"));
        assertThat((String) point.get("notLikeForLike")).contains("Ikke helt sammenlignelig").contains("1 af de 2 spørgsmål");
        assertThat(solvang.get("n")).isEqualTo(6);
        assertThat(number(solvang, "sharePositive")).isCloseTo(2.5 / 6, within(1e-9));
        assertThat(solvang.get("mean")).isNull();
        assertThat(solvang.get("scale")).isNull();
        assertThat(number(solvang, "wilsonLower")).isCloseTo(0.1395, within(0.00005));
        assertThat(number(solvang, "wilsonUpper")).isCloseTo(0.7589, within(0.00005));
        assertThat(number(solvang, "change")).isCloseTo(5 / 6.0 - 1 / 6.0, within(1e-9));
        assertThat(solvang.get("changeBeyondNoise")).isEqualTo(false);
        assertThat(number(total(results, "god-servicekultur"), "change")).isCloseTo(4 / 6.0, within(1e-9));
    }

    @Test
    void aPointWithNoQuestionAskedAlikeGetsNoChangeAndSaysSoInEnglishToo() {
        Map<String, Object> danish = get(autumn, "");
        Map<String, Object> english = get(autumn, "&lang=en");

        assertThat(point(danish, "digital-tilgaengelighed").get("likeForLike")).isEqualTo(false);
        assertThat((List<?>) point(danish, "digital-tilgaengelighed").get("comparedOn")).isNullOrEmpty();
        assertThat(cell(danish, "digital-tilgaengelighed", SOLVANG).get("n")).isEqualTo(6);
        assertThat(cell(danish, "digital-tilgaengelighed", SOLVANG).get("change")).isNull();
        assertThat((String) point(danish, "digital-tilgaengelighed").get("notLikeForLike")).contains("ingen af dem stilles ens");
        assertThat((String) point(english, "digital-tilgaengelighed").get("notLikeForLike")).contains("none of them is asked alike");
        assertThat((String) point(english, "god-servicekultur").get("notLikeForLike")).contains("1 of the 2 questions");
    }

    @Test
    void theCsvCarriesTheFlagOnEveryRowOfThePoint() {
        String csv = client.toBlocking().retrieve(HttpRequest.GET("/api/surveys/slagelse/waves/" + autumn.id() + "/results.csv")
            .bearerAuth(ANALYST));

        List<String> lines = csv.lines().toList();
        assertThat(lines).filteredOn(line -> line.startsWith("god-servicekultur,")).hasSize(2).allMatch(line -> line.endsWith(",false"));
        assertThat(lines).filteredOn(line -> line.startsWith("oplevet-selvbestemmelse,")).hasSize(2).allMatch(line -> line.endsWith(",true"));
        assertThat(lines).contains("oplevet-selvbestemmelse,botilbuddet-solvang,false,6,0,,5,3,0.6000,3.3000,agreement-5,"
            + "1:2 2:2 3:0 4:3 5:2,0.2307,0.8824,0.0167,false,9,true");
    }

    private static SurveyDefinition secondVersionOf(SurveyDefinition first) {
        List<Question> questions = first.questions().stream()
            .filter(question -> !question.key().equals("lyttet-til"))
            .map(question -> switch (question.key()) {
                case "set-som-menneske" -> new Question(question.key(), QuestionType.SMILEY_5, question.text(), question.easyRead(), question.help(),
                    question.required(), question.offersDontKnow(), question.point(), question.choices(), question.maxLength(), question.showIf(),
                    question.image());
                case "digital-tilgaengelighed" -> new Question(question.key(), question.type(),
                    new LocalizedText(question.text().da() + " (fx på tablet)", question.text().en() + " (on a tablet, say)"),
                    question.easyRead(), question.help(), question.required(), question.offersDontKnow(), question.point(), question.choices(),
                    question.maxLength(), question.showIf(), question.image());
                default -> question;
            }).toList();
        return new SurveyDefinition(first.id(), first.kind(), first.title(), first.intro(), first.minutes(), first.framework(),
            first.respondentRoles(), first.allowsThreeStepScales(), questions);
    }

    private static Map<String, String> answers(String... keysAndValues) {
        Map<String, String> answers = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            answers.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return answers;
    }

    private Map<String, Object> get(Wave wave, String query) {
        return client.toBlocking().retrieve(HttpRequest.GET("/api/surveys/slagelse/waves/" + wave.id() + "/results?by=unit" + query)
            .bearerAuth(ANALYST), Argument.mapOf(String.class, Object.class));
    }
}
