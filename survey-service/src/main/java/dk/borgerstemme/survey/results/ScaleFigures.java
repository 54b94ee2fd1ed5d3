package dk.borgerstemme.survey.results;

import dk.borgerstemme.survey.definition.DontKnow;
import dk.borgerstemme.survey.definition.Scale;

import java.util.Collection;
import java.util.List;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The figures of one scored question (or one measurement point) for one group of respondents.
 * {@code n} is the number of respondents who gave at least one scored answer; {@code answers} the scored
 * answers they gave (equal to n for one question). "Ved ikke" is counted apart ({@code dontKnow}, in answers)
 * and is never in n, the mean, the share positive or the distribution. The distribution counts answers and
 * lists every step of the scale in the order shown, steps nobody chose with 0. {@code positives} is the sum of
 * the respondents' shares positive (a whole number for one question). With n = 0 there is no mean and no
 * share, and the interval is all of [0, 1]. {@code scale} is the id of the scale the mean and distribution
 * are on, or empty when the questions are on different scales.
 */
public record ScaleFigures(
    Optional<String> scale,
    int n,
    int answers,
    int dontKnow,
    double positives,
    OptionalDouble mean,
    OptionalDouble sharePositive,
    Map<String, Integer> distribution,
    WilsonInterval interval) {

    public ScaleFigures {
        Objects.requireNonNull(scale);
        distribution = Collections.unmodifiableMap(new LinkedHashMap<>(distribution));
    }

    /** One respondent's stored answer to one question on that question's scale: a step value or {@link DontKnow#VALUE}. */
    public record Answer(Scale scale, String value) {
    }

    /**
     * Counts stored answers to one question, one per respondent: step values of the scale, or {@link DontKnow#VALUE}.
     * A value that is not a step of the scale is refused rather than skipped: it would mean answers are read
     * against the wrong scale.
     */
    public static ScaleFigures of(Scale scale, Collection<String> storedValues) {
        return ofRespondents(List.of(scale), storedValues.stream().map(value -> List.of(new Answer(scale, value))).toList());
    }

    /**
     * The figures of a measurement point fed by several questions, respondent by respondent: each respondent's
     * share positive is the share of their scored answers to the point's questions that are positive, and
     * their mean the mean of those answers; the point's share and mean are the means of the respondents'.
     * So every respondent weighs the same however many of the questions they answered, and n counts
     * respondents, not answers: a respondent's answers to related questions are not independent, and counting
     * them as if they were would make the interval too narrow. A mean only makes sense on one scale (a mean of
     * 1–5 and 0–10 answers means nothing), so mean and distribution are left out when {@code scales} differ.
     *
     * @param scales the scales of the point's questions, which decide whether there is a mean, and the steps listed
     * @param answersPerRespondent each respondent's answers to the point's questions
     */
    public static ScaleFigures ofRespondents(List<Scale> scales, Collection<? extends Collection<Answer>> answersPerRespondent) {
        Tally tally = new Tally(scales);
        answersPerRespondent.forEach(tally::addRespondent);
        return tally.figures();
    }

    /**
     * The figures of a point counted respondent by respondent, as {@link #ofRespondents} counts them, in a form that
     * adds up: the tallies of two groups of respondents added are the tally of both. So a wave's respondents are
     * tallied once per smallest group (unit × role × way of answering), and any group of groups is the sum of theirs.
     */
    public static final class Tally {

        private final List<Scale> scales;
        private final boolean oneScale;
        private final Map<String, Integer> distribution = new LinkedHashMap<>();
        private int n;
        private int answers;
        private int dontKnow;
        private double positives;
        private double sumOfMeans;

        /** @param scales the scales of the point's questions, which decide whether there is a mean, and the steps listed */
        public Tally(List<Scale> scales) {
            if (scales.isEmpty()) {
                throw new IllegalArgumentException("A point has at least one question");
            }
            this.scales = List.copyOf(scales);
            this.oneScale = scales.stream().map(Scale::id).distinct().count() == 1;
            if (oneScale) {
                scales.get(0).values().forEach(value -> distribution.put(value, 0));
            }
        }

        /**
         * Adds one respondent's answers to the point's questions. A value that is not a step of its scale is refused
         * rather than skipped: it would mean answers are read against the wrong scale.
         */
        public void addRespondent(Collection<Answer> ofRespondent) {
            int scored = 0;
            int positive = 0;
            long sum = 0;
            for (Answer answer : ofRespondent) {
                if (DontKnow.VALUE.equals(answer.value())) {
                    dontKnow++;
                    continue;
                }
                Scale scale = answer.scale();
                int score = scale.score(answer.value()).orElseThrow(
                    () -> new IllegalArgumentException("'" + answer.value() + "' is not a step of " + scale.id()));
                if (oneScale) {
                    distribution.merge(answer.value(), 1, Integer::sum);
                }
                scored++;
                sum += score;
                if (scale.isPositive(answer.value())) {
                    positive++;
                }
            }
            addScored(scored, positive, sum);
        }

        /** Adds a respondent's scored answers already counted: how many, how many positive, and the sum of their scores. */
        void addScored(int scored, int positive, long sum) {
            if (scored > 0) {
                n++;
                answers += scored;
                positives += (double) positive / scored;
                sumOfMeans += (double) sum / scored;
            }
        }

        /** Counts "Ved ikke" answers already told apart. */
        void addDontKnow(int count) {
            dontKnow += count;
        }

        /** Counts answers of one step in the distribution (only kept when the point's questions share one scale). */
        void addToDistribution(String value, int count) {
            if (oneScale) {
                distribution.merge(value, count, Integer::sum);
            }
        }

        public void add(Tally other) {
            n += other.n;
            answers += other.answers;
            dontKnow += other.dontKnow;
            positives += other.positives;
            sumOfMeans += other.sumOfMeans;
            other.distribution.forEach((value, count) -> distribution.merge(value, count, Integer::sum));
        }

        /** The respondents who gave at least one scored answer. */
        public int n() {
            return n;
        }

        public ScaleFigures figures() {
            OptionalDouble mean = n == 0 || !oneScale ? OptionalDouble.empty() : OptionalDouble.of(sumOfMeans / n);
            OptionalDouble share = n == 0 ? OptionalDouble.empty() : OptionalDouble.of(Math.min(1, positives / n));
            WilsonInterval interval = WilsonInterval.ofShare(share.orElse(0), n);
            return new ScaleFigures(oneScale ? Optional.of(scales.get(0).id()) : Optional.empty(), n, answers, dontKnow, positives,
                mean, share, oneScale ? distribution : Map.of(), interval);
        }
    }
}
