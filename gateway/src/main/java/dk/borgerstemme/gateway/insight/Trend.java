package dk.borgerstemme.gateway.insight;

/**
 * Which way an indicator moved, as far as the interval supports it. Only {@link #UP} and {@link #DOWN}
 * are changes a reader may act on; a difference within the noise is {@link #STEADY}.
 */
public enum Trend {
    UP("insight.trend.up", "▲"),
    DOWN("insight.trend.down", "▼"),
    STEADY("insight.trend.steady", "●"),
    UNKNOWN("insight.trend.unknown", "–");

    private final String messageKey;
    private final String symbol;

    Trend(String messageKey, String symbol) {
        this.messageKey = messageKey;
        this.symbol = symbol;
    }

    public String messageKey() {
        return messageKey;
    }

    /** A shape beside the word, never instead of it: colour and symbol only repeat what the text says. */
    public String symbol() {
        return symbol;
    }

    public static Trend of(Double change, Boolean beyondNoise) {
        if (change == null || beyondNoise == null) {
            return UNKNOWN;
        }
        if (!beyondNoise) {
            return STEADY;
        }
        return change > 0 ? UP : change < 0 ? DOWN : STEADY;
    }
}
