package dk.borgerstemme.survey.results;

import dk.borgerstemme.platform.catalogue.Catalogue;
import dk.borgerstemme.platform.catalogue.CatalogueLoader;
import dk.borgerstemme.platform.catalogue.CatalogueSource;
import dk.borgerstemme.survey.definition.DefaultSurveys;
import dk.borgerstemme.survey.definition.DontKnow;
import dk.borgerstemme.survey.definition.Question;
import dk.borgerstemme.survey.definition.Scale;
import dk.borgerstemme.survey.definition.ScoredAnswers;
import dk.borgerstemme.survey.definition.SurveyDefinition;
import dk.borgerstemme.survey.definition.SurveyDefinitionCheck;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * A wave's answers tallied per leaf must give, for any set of leaves, exactly the figures of counting those leaves'
 * respondents one by one ({@link ScaleFigures#ofRespondents}): the tables are built from the leaves' sums.
 */
class WaveAnswersTest {

    private static final List<String> UNITS = List.of("botilbuddet-solvang", "botilbuddet-havnevej", "bostedet-skovly");
    private static final List<String> ROLES = List.of("borger", "paaroerende");
    private static final List<String> WAYS = List.of("alene", "med-hjaelp-fra-medarbejder");

    private static SurveyDefinition survey;

    @BeforeAll
    static void readTheShippedSurvey() {
        Catalogue catalogue = CatalogueLoader.load(CatalogueSource.classpath());
        survey = DefaultSurveys.load(SurveyDefinitionCheck.against(catalogue)).forFramework("slagelse-2024-2030").get(0);
    }

    @Test
    void anyLeavesAddUpToTheFiguresOfTheirRespondentsCountedOneByOne() {
        Random random = new Random(7);
        List<Respondent> respondents = new ArrayList<>();
        List<ScoredAnswer> answers = new ArrayList<>();
        for (long id = 1; id <= 600; id++) {
            Respondent respondent = new Respondent(id * 3, pick(random, UNITS), pick(random, ROLES), pick(random, WAYS));
            respondents.add(respondent);
            for (Question question : scored()) {
                int roll = random.nextInt(10);
                if (roll == 0) {
                    continue;
                }
                List<String> steps = question.type().scale().orElseThrow().values();
                answers.add(new ScoredAnswer(respondent.responseId(), question.key(), roll == 1 ? DontKnow.VALUE : pick(random, steps)));
            }
        }
        LeafTallies tallies = WaveAnswers.of(survey, respondents, answers).tally(survey);
        List<WaveAnswers.Leaf> leaves = tallies.leaves();
        assertThat(leaves).hasSize(UNITS.size() * ROLES.size() * WAYS.size());
        assertThat(tallies.points()).contains("god-servicekultur", "oplevet-kvalitet");

        for (int trial = 0; trial < 40; trial++) {
            BitSet chosen = new BitSet();
            for (int leaf = 0; leaf < leaves.size(); leaf++) {
                chosen.set(leaf, random.nextBoolean());
            }
            Set<WaveAnswers.Leaf> chosenLeaves = chosen.stream().mapToObj(leaves::get).collect(Collectors.toSet());
            List<Respondent> inGroup = respondents.stream().filter(respondent -> chosenLeaves.contains(leafOf(respondent))).toList();
            assertThat(tallies.responses(chosen)).isEqualTo(inGroup.size());
            for (String point : tallies.points()) {
                ScaleFigures expected = oneByOne(point, inGroup, answers);
                ScaleFigures tallied = tallies.figures(point, chosen);
                assertThat(tallies.scored(point, chosen)).isEqualTo(expected.n());
                assertThat(tallied.n()).isEqualTo(expected.n());
                assertThat(tallied.answers()).isEqualTo(expected.answers());
                assertThat(tallied.dontKnow()).isEqualTo(expected.dontKnow());
                assertThat(tallied.distribution()).containsExactlyEntriesOf(expected.distribution());
                assertThat(tallied.positives()).isCloseTo(expected.positives(), within(1e-9));
                assertThat(tallied.scale()).isEqualTo(expected.scale());
                assertThat(tallied.sharePositive().isPresent()).isEqualTo(expected.sharePositive().isPresent());
                assertThat(tallied.mean().isPresent()).isEqualTo(expected.mean().isPresent());
                if (expected.sharePositive().isPresent()) {
                    assertThat(tallied.sharePositive().getAsDouble()).isCloseTo(expected.sharePositive().getAsDouble(), within(1e-12));
                }
                if (expected.mean().isPresent()) {
                    assertThat(tallied.mean().getAsDouble()).isCloseTo(expected.mean().getAsDouble(), within(1e-12));
                }
            }
        }
    }

    @Test
    void answersStoredWithTheResponseTallyExactlyAsTheirAnswerRows() {
        Random random = new Random(11);
        List<Respondent> respondents = new ArrayList<>();
        List<ScoredAnswer> answers = new ArrayList<>();
        WaveAnswers.Builder mixed = new WaveAnswers.Builder(survey);
        List<Runnable> rowsAfterwards = new ArrayList<>();
        for (long id = 1; id <= 400; id++) {
            Respondent respondent = new Respondent(id, pick(random, UNITS), pick(random, ROLES), pick(random, WAYS));
            respondents.add(respondent);
            Map<String, List<String>> given = new java.util.LinkedHashMap<>();
            for (Question question : scored()) {
                int roll = random.nextInt(10);
                if (roll > 0) {
                    String value = roll == 1 ? DontKnow.VALUE : pick(random, question.type().scale().orElseThrow().values());
                    given.put(question.key(), List.of(value));
                    answers.add(new ScoredAnswer(id, question.key(), value));
                }
            }
            // Every third response as stored before the copy existed: its answers come from its rows.
            if (id % 3 == 0) {
                mixed.respondent(respondent, null);
                given.forEach((key, values) -> rowsAfterwards.add(() -> mixed.answer(respondent.responseId(), key, values.get(0))));
            } else {
                mixed.respondent(respondent, ScoredAnswers.encode(survey, given));
            }
        }
        rowsAfterwards.forEach(Runnable::run);

        LeafTallies fromRows = WaveAnswers.of(survey, respondents, answers).tally(survey);
        LeafTallies fromStored = mixed.build().tally(survey);

        assertThat(fromStored.leaves()).isEqualTo(fromRows.leaves());
        assertThat(fromStored.points()).isEqualTo(fromRows.points());
        for (int leaf = 0; leaf < fromRows.leaves().size(); leaf++) {
            BitSet one = new BitSet();
            one.set(leaf);
            assertThat(fromStored.responses(one)).isEqualTo(fromRows.responses(one));
            for (String point : fromRows.points()) {
                ScaleFigures expected = fromRows.figures(point, one);
                ScaleFigures stored = fromStored.figures(point, one);
                assertThat(stored.n()).as(point).isEqualTo(expected.n());
                assertThat(stored.dontKnow()).as(point).isEqualTo(expected.dontKnow());
                assertThat(stored.distribution()).as(point).containsExactlyEntriesOf(expected.distribution());
                assertThat(stored.positives()).as(point).isCloseTo(expected.positives(), within(1e-9));
            }
        }
    }

    @Test
    void answersOfUnknownResponsesOrUnscoredQuestionsAreLeftOut() {
        List<Respondent> respondents = List.of(new Respondent(1, UNITS.get(0), "borger", "alene"));
        Question first = scored().get(0);
        List<ScoredAnswer> answers = List.of(
            new ScoredAnswer(1, first.key(), "4"),
            new ScoredAnswer(2, first.key(), "1"),
            new ScoredAnswer(1, "no-such-question", "1"));

        LeafTallies tallies = WaveAnswers.of(survey, respondents, answers).tally(survey);
        BitSet all = new BitSet();
        all.set(0);

        ScaleFigures figures = tallies.figures(first.point(), all);
        assertThat(figures.n()).isEqualTo(1);
        assertThat(figures.sharePositive().getAsDouble()).isEqualTo(1.0);
    }

    @Test
    void aWaveWithoutRespondentsHasPointsWithNobody() {
        LeafTallies tallies = WaveAnswers.of(survey, List.of(), List.of()).tally(survey);

        assertThat(tallies.leaves()).isEmpty();
        ScaleFigures nobody = tallies.figures("god-servicekultur", new BitSet());
        assertThat(nobody.n()).isZero();
        assertThat(nobody.sharePositive()).isEmpty();
    }

    @Test
    void aValueThatIsNotAStepOfItsScaleIsRefusedNotSkipped() {
        Question first = scored().get(0);
        WaveAnswers answers = WaveAnswers.of(survey, List.of(new Respondent(1, UNITS.get(0), "borger", "alene")),
            List.of(new ScoredAnswer(1, first.key(), "42")));

        assertThatThrownBy(() -> answers.tally(survey)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'42'");
    }

    private static ScaleFigures oneByOne(String point, List<Respondent> respondents, List<ScoredAnswer> answers) {
        Map<String, Question> questions = scored().stream().filter(question -> question.point().equals(point))
            .collect(Collectors.toMap(Question::key, question -> question));
        Set<Long> ids = respondents.stream().map(Respondent::responseId).collect(Collectors.toSet());
        Map<Long, List<ScaleFigures.Answer>> perRespondent = answers.stream()
            .filter(answer -> ids.contains(answer.responseId()) && questions.containsKey(answer.questionKey()))
            .collect(Collectors.groupingBy(ScoredAnswer::responseId, Collectors.mapping(answer -> new ScaleFigures.Answer(
                questions.get(answer.questionKey()).type().scale().orElseThrow(), answer.value()), Collectors.toList())));
        List<Scale> scales = scored().stream().filter(question -> question.point().equals(point))
            .map(question -> question.type().scale().orElseThrow()).toList();
        return ScaleFigures.ofRespondents(scales, perRespondent.values());
    }

    private static List<Question> scored() {
        return survey.questions().stream().filter(QuestionFigures::feedsAPoint).toList();
    }

    private static WaveAnswers.Leaf leafOf(Respondent respondent) {
        return new WaveAnswers.Leaf(respondent.unit(), respondent.role(), respondent.answeredHow());
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
