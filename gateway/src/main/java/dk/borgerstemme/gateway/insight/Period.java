package dk.borgerstemme.gateway.insight;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period as the committee and the complaint figures name it: a half-year {@code 2026H1},
 * a quarter {@code 2026Q2} or a month {@code 2026-05}. Comparisons are always with the period of the
 * same length just before.
 */
public record Period(Length length, int year, int number) implements Comparable<Period> {

    public enum Length { HALF_YEAR, QUARTER, MONTH }

    private static final Pattern HALF_YEAR = Pattern.compile("(\\d{4})H([12])");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})Q([1-4])");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(0[1-9]|1[0-2])");

    public static Optional<Period> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher half = HALF_YEAR.matcher(text);
        if (half.matches()) {
            return Optional.of(new Period(Length.HALF_YEAR, Integer.parseInt(half.group(1)), Integer.parseInt(half.group(2))));
        }
        Matcher quarter = QUARTER.matcher(text);
        if (quarter.matches()) {
            return Optional.of(new Period(Length.QUARTER, Integer.parseInt(quarter.group(1)), Integer.parseInt(quarter.group(2))));
        }
        Matcher month = MONTH.matcher(text);
        if (month.matches()) {
            return Optional.of(new Period(Length.MONTH, Integer.parseInt(month.group(1)), Integer.parseInt(month.group(2))));
        }
        return Optional.empty();
    }

    public static Period halfYearOf(LocalDate day) {
        return new Period(Length.HALF_YEAR, day.getYear(), day.getMonthValue() <= 6 ? 1 : 2);
    }

    public static Period quarterOf(LocalDate day) {
        return new Period(Length.QUARTER, day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
    }

    private int months() {
        return switch (length) {
            case HALF_YEAR -> 6;
            case QUARTER -> 3;
            case MONTH -> 1;
        };
    }

    public LocalDate start() {
        return YearMonth.of(year, (number - 1) * months() + 1).atDay(1);
    }

    public LocalDate end() {
        return YearMonth.of(year, number * months()).atEndOfMonth();
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start()) && !day.isAfter(end());
    }

    public Period previous() {
        int perYear = 12 / months();
        return number == 1 ? new Period(length, year - 1, perYear) : new Period(length, year, number - 1);
    }

    /** This period and the {@code count - 1} before it, oldest first. */
    public List<Period> lastOf(int count) {
        List<Period> periods = new ArrayList<>();
        Period period = this;
        for (int i = 0; i < count; i++) {
            periods.add(period);
            period = period.previous();
        }
        Collections.reverse(periods);
        return periods;
    }

    public String id() {
        return switch (length) {
            case HALF_YEAR -> year + "H" + number;
            case QUARTER -> year + "Q" + number;
            case MONTH -> year + "-" + (number < 10 ? "0" : "") + number;
        };
    }

    @Override
    public int compareTo(Period other) {
        return start().compareTo(other.start());
    }

    @Override
    public String toString() {
        return id();
    }
}
