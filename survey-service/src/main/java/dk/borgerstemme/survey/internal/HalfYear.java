package dk.borgerstemme.survey.internal;

import java.time.LocalDate;
import java.time.Month;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar half-year, the period the committee is briefed on: the standing wave of a period gets the
 * codes asked for in it, and its codes can be answered for three months more, so a code handed out on the
 * last day of June is not dead the next morning.
 */
record HalfYear(int year, int half) {

    static final int MONTHS_TO_ANSWER_AFTER = 3;
    private static final Pattern AS_ASKED = Pattern.compile("(\\d{4})H([12])");

    static HalfYear of(LocalDate day) {
        return new HalfYear(day.getYear(), day.getMonthValue() <= 6 ? 1 : 2);
    }

    /** A half-year as the portal and the complaint figures name it: {@code 2026H1}. */
    static Optional<HalfYear> parse(String text) {
        Matcher matcher = AS_ASKED.matcher(text == null ? "" : text);
        return matcher.matches() ? Optional.of(new HalfYear(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2))))
            : Optional.empty();
    }

    /** {@code 2026H1}, as {@link #parse} reads it. */
    String asAsked() {
        return year + "H" + half;
    }

    /** The key of the standing wave of the half-year ({@code 2026-H1}). */
    String id() {
        return year + "-H" + half;
    }

    LocalDate firstDay() {
        return LocalDate.of(year, half == 1 ? Month.JANUARY : Month.JULY, 1);
    }

    LocalDate lastDay() {
        return half == 1 ? LocalDate.of(year, Month.JUNE, 30) : LocalDate.of(year, Month.DECEMBER, 31);
    }

    LocalDate lastDayToAnswer() {
        return lastDay().plusMonths(MONTHS_TO_ANSWER_AFTER);
    }

    String danishName() {
        return half + ". halvår " + year;
    }
}
