package dk.borgerstemme.survey.results;

import dk.borgerstemme.survey.definition.DontKnow;
import dk.borgerstemme.survey.definition.Question;
import dk.borgerstemme.survey.definition.Scale;
import dk.borgerstemme.survey.definition.ScoredAnswers;
import dk.borgerstemme.survey.definition.SurveyDefinition;
import io.micronaut.core.annotation.Nullable;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * A wave's respondents as its figures need them and no more: each respondent's {@link Leaf} and their answers to
 * the survey's scored questions, one byte per question. A wave of 250,000 respondents takes a few MB this way
 * (objects per answer took hundreds), and is tallied for the points of a survey definition in one pass
 * ({@link #tally}). Which respondent gave which answers is only known here, while tallying; nothing shown is
 * finer than a leaf.
 */
final class WaveAnswers {

    /** The smallest group results are split into; every cell of every table is a set of leaves. */
    record Leaf(String unit, String role, String answeredHow) {
    }

    private static final byte NO_ANSWER = 0;
    private static final byte DONT_KNOW = 1;
    private static final int FIRST_VALUE = 2;

    private final List<Leaf> leaves;
    private final int[] leafOf;
    private final Map<String, Integer> columnOf;
    /** The stored values answers hold, by code minus {@link #FIRST_VALUE}. */
    private final List<String> values;
    /** Respondent by respondent, one byte per column: {@link #NO_ANSWER}, {@link #DONT_KNOW} or a value's code. */
    private final byte[] answers;

    private WaveAnswers(List<Leaf> leaves, int[] leafOf, Map<String, Integer> columnOf, List<String> values, byte[] answers) {
        this.leaves = List.copyOf(leaves);
        this.leafOf = leafOf;
        this.columnOf = Map.copyOf(columnOf);
        this.values = List.copyOf(values);
        this.answers = answers;
    }

    /** The wave's leaves that have respondents, in the order their first respondent was read. */
    List<Leaf> leaves() {
        return leaves;
    }

    int respondents() {
        return leafOf.length;
    }

    /** The same respondents from lists, as tests and small waves have them. */
    static WaveAnswers of(SurveyDefinition definition, List<Respondent> respondents, List<ScoredAnswer> answers) {
        Builder builder = new Builder(definition);
        respondents.forEach(builder::respondent);
        answers.forEach(answer -> builder.answer(answer.responseId(), answer.questionKey(), answer.value()));
        return builder.build();
    }

    /**
     * Every point of {@code definition} tallied per leaf. The definition is the wave's own or one read from it (the
     * questions two versions share, each question a point of its own); answers to questions it does not score are
     * left out.
     */
    LeafTallies tally(SurveyDefinition definition) {
        Map<String, List<Question>> questionsOfPoint = new LinkedHashMap<>();
        definition.questions().stream().filter(QuestionFigures::feedsAPoint)
            .forEach(question -> questionsOfPoint.computeIfAbsent(question.point(), point -> new ArrayList<>()).add(question));
        Map<String, LeafTallies.Point> tallies = new LinkedHashMap<>();
        questionsOfPoint.forEach((point, questions) -> tallies.put(point, tallyOf(questions)));
        int[] responses = new int[leaves.size()];
        for (int leaf : leafOf) {
            responses[leaf]++;
        }
        return new LeafTallies(leaves, responses, tallies);
    }

    private LeafTallies.Point tallyOf(List<Question> questions) {
        List<Scale> scales = questions.stream().map(question -> question.type().scale().orElseThrow()).toList();
        int width = columnOf.size();
        int[] columns = new int[questions.size()];
        // Per question and code: the score, whether it is positive, and whether the code is a step of the question's scale.
        int[][] scores = new int[questions.size()][FIRST_VALUE + values.size()];
        boolean[][] positive = new boolean[questions.size()][FIRST_VALUE + values.size()];
        boolean[][] isStep = new boolean[questions.size()][FIRST_VALUE + values.size()];
        for (int q = 0; q < questions.size(); q++) {
            Integer column = columnOf.get(questions.get(q).key());
            columns[q] = column == null ? -1 : column;
            Scale scale = scales.get(q);
            for (int value = 0; value < values.size(); value++) {
                OptionalInt score = scale.score(values.get(value));
                isStep[q][FIRST_VALUE + value] = score.isPresent();
                scores[q][FIRST_VALUE + value] = score.orElse(0);
                positive[q][FIRST_VALUE + value] = scale.isPositive(values.get(value));
            }
        }
        int[][] distribution = new int[leaves.size()][FIRST_VALUE + values.size()];
        int[] dontKnow = new int[leaves.size()];
        ScaleFigures.Tally[] perLeaf = new ScaleFigures.Tally[leaves.size()];
        for (int leaf = 0; leaf < perLeaf.length; leaf++) {
            perLeaf[leaf] = new ScaleFigures.Tally(scales);
        }
        for (int respondent = 0; respondent < leafOf.length; respondent++) {
            int leaf = leafOf[respondent];
            int scored = 0;
            int positives = 0;
            long sum = 0;
            for (int q = 0; q < columns.length; q++) {
                if (columns[q] < 0) {
                    continue;
                }
                int code = answers[respondent * width + columns[q]];
                if (code == NO_ANSWER) {
                    continue;
                }
                if (code == DONT_KNOW) {
                    dontKnow[leaf]++;
                    continue;
                }
                if (!isStep[q][code]) {
                    throw new IllegalArgumentException("'" + values.get(code - FIRST_VALUE) + "' is not a step of " + scales.get(q).id());
                }
                scored++;
                sum += scores[q][code];
                if (positive[q][code]) {
                    positives++;
                }
                distribution[leaf][code]++;
            }
            perLeaf[leaf].addScored(scored, positives, sum);
        }
        for (int leaf = 0; leaf < perLeaf.length; leaf++) {
            perLeaf[leaf].addDontKnow(dontKnow[leaf]);
            for (int code = FIRST_VALUE; code < distribution[leaf].length; code++) {
                if (distribution[leaf][code] > 0) {
                    perLeaf[leaf].addToDistribution(values.get(code - FIRST_VALUE), distribution[leaf][code]);
                }
            }
        }
        return new LeafTallies.Point(scales, perLeaf);
    }

    /**
     * Collects a wave's respondents, each with its scored answers as stored with the response ({@link ScoredAnswers}),
     * or, for a response stored without them, with its answers given one by one afterwards, found by response id.
     * Afterwards only the respondents' leaves are kept.
     */
    static final class Builder {

        /** One per scored question, in the order {@link ScoredAnswers} stores them. */
        private final int columns;
        private final Map<String, Integer> columnOf = new HashMap<>();
        private final Map<Leaf, Integer> leafIndex = new HashMap<>();
        private final List<Leaf> leaves = new ArrayList<>();
        private final Map<Long, Integer> respondentOf = new HashMap<>();
        private int[] leafOf = new int[1024];
        private int respondents;
        private final Map<String, Integer> valueCodes = new HashMap<>();
        private final List<String> values = new ArrayList<>();
        private byte[] answers;
        /** The code of each stored byte, found once: 0 until then (a stored step never has code {@link #NO_ANSWER}). */
        private final byte[] codeOfStored = new byte[Byte.MAX_VALUE + 1];

        Builder(SurveyDefinition definition) {
            ScoredAnswers.keys(definition).forEach(key -> columnOf.put(key, columnOf.size()));
            columns = columnOf.size();
            answers = new byte[leafOf.length * columns];
            codeOfStored[ScoredAnswers.DONT_KNOW] = DONT_KNOW;
        }

        /** A respondent with no answers yet: they follow with {@link #answer}. */
        void respondent(Respondent respondent) {
            respondentOf.put(respondent.responseId(), add(respondent));
        }

        /**
         * A respondent with their scored answers as stored for the builder's definition, or null when the response
         * was stored without them: its answers then follow with {@link #answer}.
         */
        void respondent(Respondent respondent, byte @Nullable [] scored) {
            if (!readable(scored)) {
                respondent(respondent);
                return;
            }
            int offset = add(respondent) * columns;
            for (int column = 0; column < scored.length; column++) {
                byte stored = scored[column];
                if (stored != ScoredAnswers.NO_ANSWER) {
                    answers[offset + column] = codeOfStored(stored);
                }
            }
        }

        private boolean readable(byte @Nullable [] scored) {
            if (scored == null || scored.length != columns) {
                return false;
            }
            for (byte stored : scored) {
                if (stored < 0) {
                    return false;
                }
            }
            return true;
        }

        private int add(Respondent respondent) {
            Leaf leaf = new Leaf(respondent.unit(), respondent.role(), respondent.answeredHow());
            int index = leafIndex.computeIfAbsent(leaf, added -> {
                leaves.add(added);
                return leaves.size() - 1;
            });
            if (respondents == leafOf.length) {
                leafOf = Arrays.copyOf(leafOf, respondents * 2);
                answers = Arrays.copyOf(answers, leafOf.length * columns);
            }
            leafOf[respondents] = index;
            return respondents++;
        }

        /** Whether any respondent came without their scored answers, which then come from the answer rows. */
        boolean awaitsAnswerRows() {
            return !respondentOf.isEmpty();
        }

        /** An answer to a scored question: a stored step value or {@link DontKnow#VALUE}; others are left out. */
        void answer(long responseId, String questionKey, String value) {
            Integer respondent = respondentOf.get(responseId);
            Integer column = columnOf.get(questionKey);
            if (respondent == null || column == null) {
                return;
            }
            answers[respondent * columns + column] = DontKnow.VALUE.equals(value) ? DONT_KNOW : code(value);
        }

        private byte codeOfStored(byte stored) {
            byte code = codeOfStored[stored];
            if (code == NO_ANSWER) {
                code = code(String.valueOf(stored - ScoredAnswers.FIRST_STEP));
                codeOfStored[stored] = code;
            }
            return code;
        }

        private byte code(String value) {
            Integer code = valueCodes.get(value);
            if (code == null) {
                if (FIRST_VALUE + values.size() > Byte.MAX_VALUE) {
                    throw new IllegalStateException("More distinct answer values than results can hold");
                }
                code = FIRST_VALUE + values.size();
                values.add(value);
                valueCodes.put(value, code);
            }
            return (byte) (int) code;
        }

        WaveAnswers build() {
            return new WaveAnswers(leaves, Arrays.copyOf(leafOf, respondents), columnOf, values,
                Arrays.copyOf(answers, respondents * columns));
        }
    }
}
