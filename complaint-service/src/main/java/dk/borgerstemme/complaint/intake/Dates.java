package dk.borgerstemme.complaint.intake;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as the pages write them: "2. marts 2026" in Danish, "2 March 2026" in English. */
final class Dates {

    private Dates() {
    }

    static String long_(LocalDate date, Locale locale) {
        String pattern = "da".equals(locale.getLanguage()) ? "d. MMMM yyyy" : "d MMMM yyyy";
        return date.format(DateTimeFormatter.ofPattern(pattern, locale));
    }
}
