package dk.borgerstemme.complaint.followup.action;

import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Dates as staff type them: the ISO form a date field sends (2026-05-04), or the Danish way
 * (4.5.2026, 4-5-2026, 04/05/2026) when the browser shows a plain text field.
 */
public final class ActionDates {

    private static final List<DateTimeFormatter> TYPED = List.of(
        DateTimeFormatter.ofPattern("d.M.uuuu"), DateTimeFormatter.ofPattern("d-M-uuuu"), DateTimeFormatter.ofPattern("d/M/uuuu"));

    private ActionDates() {
    }

    public static Optional<LocalDate> parse(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String trimmed = text.strip();
        try {
            return Optional.of(LocalDate.parse(trimmed));
        } catch (DateTimeParseException notIso) {
            for (DateTimeFormatter format : TYPED) {
                try {
                    return Optional.of(LocalDate.parse(trimmed, format));
                } catch (DateTimeParseException tryNext) {
                    // the next form
                }
            }
            return Optional.empty();
        }
    }

    /** As staff type it: 4.5.2026. */
    public static String typed(LocalDate date) {
        return date.format(DateTimeFormatter.ofPattern("d.M.uuuu"));
    }

    /** "4. maj 2026" in Danish, "4 May 2026" in English. */
    public static String written(LocalDate date, Locale locale) {
        String pattern = "da".equals(locale.getLanguage()) ? "d. MMMM uuuu" : "d MMMM uuuu";
        return date.format(DateTimeFormatter.ofPattern(pattern, locale));
    }
}
