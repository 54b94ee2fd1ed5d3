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
 * "Ved ikke" is counted apart and is never in {@code n}, the mean, the share positive or the distribution.
 * The distribution lists every step of the scale in the order shown, steps nobody chose with 0.
 * With n = 0 there is no mean and no share, and the interval is all of [0, 1]. {@code scale} is the id of
 * the scale the mean and distribution are on, or empty when figures of different scales were combined.
 */
public record ScaleFigures(
    Optional<String> scale,
    int n,
    int dontKnow,
    int positives,
    OptionalDouble mean,
    OptionalDouble sharePositive,
    Map<String, Integer> distribution,
    WilsonInterval interval) {

    public ScaleFigures {
        Objects.requireNonNull(scale);
        distribution = Collections.unmodifiableMap(new LinkedHashMap<>(distribution));
    }

    /**
     * Counts stored answers: step values of the scale, or {@link DontKnow#VALUE}. A value that is not a
     * step of the scale is refused rather than skipped: it would mean answers are read against the wrong scale.
     */
    public static ScaleFigures of(Scale scale, Collection<String> storedValues) {
        Map<String, Integer> distribution = new LinkedHashMap<>();
        scale.values().forEach(value -> distribution.put(value, 0));
        int n = 0;
        int dontKnow = 0;
        int positives = 0;
        long sum = 0;
        for (String value : storedValues) {
            if (DontKnow.VALUE.equals(value)) {
                dontKnow++;
                continue;
            }
            int score = scale.score(value).orElseThrow(
                () -> new IllegalArgumentException("'" + value + "' is not a step of " + scale.id()));
            distribution.merge(value, 1, Integer::sum);
            n++;
            sum += score;
            if (scale.isPositive(value)) {
                positives++;
            }
        }
        OptionalDouble mean = n == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) sum / n);
        return withShare(Optional.of(scale.id()), n, dontKnow, positives, mean, distribution);
    }

    /**
     * The figures of several questions together, as a measurement point fed by several questions: counts
     * add up and the share positive is over all their answers. A mean and a distribution only make sense
     * on one scale (a mean of 1–5 and 0–10 answers means nothing), so they are left out when the parts
     * are on different scales. The interval treats every answer as independent, although one respondent
     * gives several; it is a little too narrow for a point fed by several questions.
     */
    public static ScaleFigures combine(List<ScaleFigures> parts) {
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("Nothing to combine");
        }
        boolean oneScale = parts.stream().map(ScaleFigures::scale).distinct().count() == 1 && parts.get(0).scale().isPresent();
        int n = parts.stream().mapToInt(ScaleFigures::n).sum();
        int dontKnow = parts.stream().mapToInt(ScaleFigures::dontKnow).sum();
        int positives = parts.stream().mapToInt(ScaleFigures::positives).sum();
        if (!oneScale) {
            return withShare(Optional.empty(), n, dontKnow, positives, OptionalDouble.empty(), Map.of());
        }
        Map<String, Integer> distribution = new LinkedHashMap<>();
        parts.forEach(part -> part.distribution().forEach((step, count) -> distribution.merge(step, count, Integer::sum)));
        double sum = parts.stream().filter(part -> part.n() > 0).mapToDouble(part -> part.mean().getAsDouble() * part.n()).sum();
        OptionalDouble mean = n == 0 ? OptionalDouble.empty() : OptionalDouble.of(sum / n);
        return withShare(parts.get(0).scale(), n, dontKnow, positives, mean, distribution);
    }

    private static ScaleFigures withShare(Optional<String> scale, int n, int dontKnow, int positives, OptionalDouble mean,
                                          Map<String, Integer> distribution) {
        OptionalDouble share = n == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) positives / n);
        return new ScaleFigures(scale, n, dontKnow, positives, mean, share, distribution, WilsonInterval.of(positives, n));
    }
}
