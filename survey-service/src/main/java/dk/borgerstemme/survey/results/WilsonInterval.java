package dk.borgerstemme.survey.results;

/**
 * The 95% Wilson score interval of a share: unlike the textbook normal interval it stays inside 0–1
 * and stays honest for the small groups and the shares near 0 or 1 that unit-level surveys produce.
 * With no answers at all the share is unknown, and the interval is the whole of 0–1.
 */
public record WilsonInterval(double lower, double upper) {

    static final double Z_95 = 1.959963984540054;

    public static WilsonInterval of(int positives, int n) {
        if (positives < 0 || n < 0 || positives > n) {
            throw new IllegalArgumentException("positives must be between 0 and n");
        }
        if (n == 0) {
            return new WilsonInterval(0, 1);
        }
        double share = (double) positives / n;
        double zz = Z_95 * Z_95;
        double denominator = 1 + zz / n;
        double centre = (share + zz / (2.0 * n)) / denominator;
        double halfWidth = Z_95 * Math.sqrt(share * (1 - share) / n + zz / (4.0 * n * n)) / denominator;
        return new WilsonInterval(Math.max(0, centre - halfWidth), Math.min(1, centre + halfWidth));
    }

    /** Whether two intervals share any value: if not, the difference between them is beyond the noise. */
    public boolean overlaps(WilsonInterval other) {
        return lower <= other.upper && other.lower <= upper;
    }
}
