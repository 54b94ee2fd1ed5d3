package dk.borgerstemme.survey.results;

/**
 * The Wilson score interval of a share: with p = positives / n and z the normal quantile (1.96 for 95 %),
 *
 * <pre>
 *   centre    = (p + z²/2n) / (1 + z²/n)
 *   halfWidth = z / (1 + z²/n) · √( p(1−p)/n + z²/4n² )
 *   interval  = [centre − halfWidth, centre + halfWidth]
 * </pre>
 *
 * Chosen over the textbook p ± z·√(p(1−p)/n) because the groups here are small and shares near 0 or 1
 * are common: there the textbook interval collapses to a point or leaves [0, 1], the Wilson interval does
 * neither. With n = 0 nothing is known, so the interval is all of [0, 1].
 *
 * <p>{@link #ofShare} takes a share that need not be a whole number of n: the mean of n respondents' own
 * shares (a measurement point fed by several questions). Each respondent's share lies in [0, 1], so its
 * variance is at most p(1−p), the binomial variance the formula assumes: the interval is then at least as
 * wide as the respondents' spread asks for, and exactly right when every respondent answers alike.
 */
public record WilsonInterval(double lower, double upper) {

    public static final double Z_95 = 1.96;

    public WilsonInterval {
        if (!(0 <= lower && lower <= upper && upper <= 1)) {
            throw new IllegalArgumentException("Not an interval within [0, 1]: [" + lower + ", " + upper + "]");
        }
    }

    public static WilsonInterval of(int positives, int n) {
        return of(positives, n, Z_95);
    }

    public static WilsonInterval of(int positives, int n, double z) {
        if (n < 0 || positives < 0 || positives > n) {
            throw new IllegalArgumentException(positives + " positives of " + n + " answers");
        }
        return ofShare(n == 0 ? 0 : (double) positives / n, n, z);
    }

    /** The interval of a share p of n respondents, p in [0, 1]. */
    public static WilsonInterval ofShare(double p, int n) {
        return ofShare(p, n, Z_95);
    }

    public static WilsonInterval ofShare(double p, int n, double z) {
        if (n < 0 || !(0 <= p && p <= 1)) {
            throw new IllegalArgumentException("A share of " + p + " of " + n);
        }
        if (z <= 0) {
            throw new IllegalArgumentException("z must be positive, was " + z);
        }
        if (n == 0) {
            return new WilsonInterval(0, 1);
        }
        double zSquared = z * z;
        double denominator = 1 + zSquared / n;
        double centre = (p + zSquared / (2.0 * n)) / denominator;
        double halfWidth = z / denominator * Math.sqrt(p * (1 - p) / n + zSquared / (4.0 * n * n));
        // At p = 0 and p = 1 the bound is exactly 0 or 1; rounding must not push it past.
        double lower = p == 0 ? 0 : clamp(centre - halfWidth);
        double upper = p == 1 ? 1 : clamp(centre + halfWidth);
        return new WilsonInterval(lower, upper);
    }

    public boolean overlaps(WilsonInterval other) {
        return lower <= other.upper && other.lower <= upper;
    }

    public boolean contains(double share) {
        return lower <= share && share <= upper;
    }

    private static double clamp(double value) {
        return Math.max(0, Math.min(1, value));
    }
}
