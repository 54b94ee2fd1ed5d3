package dk.borgerstemme.survey.results;

import dk.borgerstemme.survey.definition.DontKnow;
import dk.borgerstemme.survey.definition.Scale;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * What a group's answers to one scale question say: how many answered (n, without "Ved ikke"),
 * how many did not know, the mean score, the share in the positive steps with its Wilson interval,
 * and how the answers spread over the steps.
 */
public record ScaleFigures(int n, int dontKnow, double mean, double sharePositive, WilsonInterval interval,
                           Map<String, Integer> distribution) {

    public static ScaleFigures of(Scale scale, List<String> storedValues) {
        Map<String, Integer> distribution = new LinkedHashMap<>();
        scale.values().forEach(value -> distribution.put(value, 0));
        int n = 0;
        int dontKnow = 0;
        int positives = 0;
        long scoreSum = 0;
        for (String value : storedValues) {
            if (DontKnow.VALUE.equals(value)) {
                dontKnow++;
                continue;
            }
            OptionalInt score = scale.score(value);
            if (score.isEmpty()) {
                throw new IllegalArgumentException("Not a step of " + scale.id() + ": " + value);
            }
            n++;
            scoreSum += score.getAsInt();
            positives += scale.isPositive(value) ? 1 : 0;
            distribution.merge(value, 1, Integer::sum);
        }
        double mean = n == 0 ? Double.NaN : (double) scoreSum / n;
        double share = n == 0 ? Double.NaN : (double) positives / n;
        return new ScaleFigures(n, dontKnow, mean, share, WilsonInterval.of(positives, n), Map.copyOf(distribution));
    }

    /** The figures of several questions together, as a measurement point fed by them reports them. */
    public static ScaleFigures combine(List<ScaleFigures> parts) {
        int n = 0;
        int dontKnow = 0;
        int positives = 0;
        double scoreSum = 0;
        Map<String, Integer> distribution = new LinkedHashMap<>();
        for (ScaleFigures part : parts) {
            n += part.n;
            dontKnow += part.dontKnow;
            if (part.n > 0) {
                positives += (int) Math.round(part.sharePositive * part.n);
                scoreSum += part.mean * part.n;
            }
            part.distribution.forEach((value, count) -> distribution.merge(value, count, Integer::sum));
        }
        return new ScaleFigures(n, dontKnow, n == 0 ? Double.NaN : scoreSum / n, n == 0 ? Double.NaN : (double) positives / n,
            WilsonInterval.of(positives, n), Map.copyOf(distribution));
    }

    /** The change in share positive since {@code previous}, and whether it is more than the noise. */
    public Change since(ScaleFigures previous) {
        return new Change(sharePositive - previous.sharePositive, !interval.overlaps(previous.interval));
    }

    /**
     * A change between two waves. It counts as real only when the two 95% intervals do not overlap:
     * a cautious rule (it misses some real changes) that never tells a committee about noise.
     */
    public record Change(double difference, boolean beyondNoise) {
    }
}
