package dk.borgerstemme.gateway.insight;

import io.micronaut.context.MessageSource;

import java.text.NumberFormat;
import java.util.Locale;

/**
 * Words and numbers in the reader's language, for the texts the portal composes itself (summaries,
 * chart descriptions, notices). One instance formats every number of a page, its PDF and its CSV, so
 * the three show the same figures.
 */
public final class Texts {

    private final MessageSource messages;
    private final Locale locale;

    public Texts(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    public String lang() {
        return locale.getLanguage();
    }

    /** The message with {0}, {1} … replaced; no MessageFormat, so apostrophes need no escaping. */
    public String say(String key, Object... arguments) {
        String text = messages.getRawMessage(key, MessageSource.MessageContext.of(locale)).orElse(key);
        for (int i = 0; i < arguments.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(arguments[i]));
        }
        return text;
    }

    /** A share (0–1) as whole percent: "78 %" in Danish, "78%" in English. */
    public String percent(Double share) {
        if (share == null) {
            return "–";
        }
        long whole = Math.round(share * 100);
        return isDanish() ? whole + " %" : whole + "%";
    }

    /** A difference of shares in percentage points with its sign: "+12 procentpoint". */
    public String points(Double difference) {
        if (difference == null) {
            return "–";
        }
        long whole = Math.round(difference * 100);
        return (whole > 0 ? "+" : whole < 0 ? "−" : "±") + Math.abs(whole) + " " + say("insight.unit.percentagePoints");
    }

    public String decimal(Double value) {
        if (value == null) {
            return "–";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(value);
    }

    public String signedDecimal(Double value) {
        if (value == null) {
            return "–";
        }
        String number = decimal(Math.abs(value));
        return (value > 0.049 ? "+" : value < -0.049 ? "−" : "±") + number;
    }

    public String whole(Integer value) {
        return value == null ? "–" : String.valueOf(value);
    }

    public String signedWhole(Integer value) {
        if (value == null) {
            return "–";
        }
        return (value > 0 ? "+" : value < 0 ? "−" : "±") + Math.abs(value);
    }

    private boolean isDanish() {
        return "da".equals(locale.getLanguage());
    }
}
