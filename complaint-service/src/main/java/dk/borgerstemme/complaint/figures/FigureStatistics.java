package dk.borgerstemme.complaint.figures;

import java.util.List;

/** The numbers behind the figures: Wilson interval, the Poisson rate test, median and nearest-rank percentile. */
final class FigureStatistics {

    private static final double Z95 = 1.959963984540054;

    private FigureStatistics() {
    }

    /** The 95 % Wilson score interval of {@code successes} out of {@code n} (n > 0). */
    static double[] wilson(int successes, int n) {
        double p = (double) successes / n;
        double z2 = Z95 * Z95;
        double denominator = 1 + z2 / n;
        double centre = (p + z2 / (2.0 * n)) / denominator;
        double halfWidth = Z95 / denominator * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
        return new double[] {Math.max(0, centre - halfWidth), Math.min(1, centre + halfWidth)};
    }

    /**
     * The two-sided p-value of the exact conditional test of two Poisson counts: given k = current +
     * previous, current ~ Binomial(k, e1 / (e1 + e0)). The p-value sums the probabilities of every
     * outcome no more likely than the one observed. Linear in k: the binomial coefficients come from one table of
     * log-factorials (a half-year of an organisation's complaints is a k of tens of thousands; computing each
     * coefficient on its own was quadratic and took most of the first dashboard's 20 s, docs/benchmarks.md).
     */
    static double poissonPValue(int current, double currentExposure, int previous, double previousExposure) {
        int k = current + previous;
        if (k == 0 || currentExposure <= 0 || previousExposure <= 0) {
            return 1.0;
        }
        double p = currentExposure / (currentExposure + previousExposure);
        double[] logFactorial = new double[k + 1];
        for (int i = 1; i <= k; i++) {
            logFactorial[i] = logFactorial[i - 1] + Math.log(i);
        }
        double logP = Math.log(p);
        double logNotP = Math.log1p(-p);
        double[] pmf = new double[k + 1];
        for (int i = 0; i <= k; i++) {
            pmf[i] = Math.exp(logFactorial[k] - logFactorial[i] - logFactorial[k - i] + i * logP + (k - i) * logNotP);
        }
        double observed = pmf[current];
        double sum = 0;
        for (double probability : pmf) {
            if (probability <= observed * (1 + 1e-7)) {
                sum += probability;
            }
        }
        return Math.min(1.0, sum);
    }

    /** The median of sorted values; the mean of the two middle ones for an even count. */
    static double median(List<Integer> sorted) {
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }

    /** The nearest-rank percentile of sorted values: the value at rank ceil(p * n). */
    static double nearestRank(List<Integer> sorted, double p) {
        int rank = (int) Math.ceil(p * sorted.size());
        return sorted.get(Math.max(rank, 1) - 1);
    }

    static double round6(double value) {
        return Math.round(value * 1_000_000d) / 1_000_000d;
    }
}
