package dk.borgerstemme.complaint.figures;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A half-year ({@code 2026H1}), a quarter ({@code 2026Q2}) or a month ({@code 2026-05}). */
record FiguresPeriod(String id, LocalDate start, LocalDate end, int months) {

    private static final Pattern HALF = Pattern.compile("(\\d{4})H([12])");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})Q([1-4])");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(0[1-9]|1[0-2])");

    static Optional<FiguresPeriod> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher half = HALF.matcher(text);
        if (half.matches()) {
            return Optional.of(starting(Integer.parseInt(half.group(1)), (Integer.parseInt(half.group(2)) - 1) * 6 + 1, 6));
        }
        Matcher quarter = QUARTER.matcher(text);
        if (quarter.matches()) {
            return Optional.of(starting(Integer.parseInt(quarter.group(1)), (Integer.parseInt(quarter.group(2)) - 1) * 3 + 1, 3));
        }
        Matcher month = MONTH.matcher(text);
        if (month.matches()) {
            return Optional.of(starting(Integer.parseInt(month.group(1)), Integer.parseInt(month.group(2)), 1));
        }
        return Optional.empty();
    }

    static FiguresPeriod starting(int year, int month, int months) {
        LocalDate start = LocalDate.of(year, month, 1);
        LocalDate end = start.plusMonths(months).minusDays(1);
        String id = switch (months) {
            case 6 -> year + "H" + (month <= 6 ? 1 : 2);
            case 3 -> year + "Q" + ((month - 1) / 3 + 1);
            default -> YearMonth.of(year, month).toString();
        };
        return new FiguresPeriod(id, start, end, months);
    }

    FiguresPeriod previous() {
        LocalDate start = this.start.minusMonths(months);
        return starting(start.getYear(), start.getMonthValue(), months);
    }

    boolean isComplete(LocalDate today) {
        return today.isAfter(end);
    }

    /** {@code end} when the period is over, today while it runs, the day before {@code start} when it lies ahead. */
    LocalDate asOf(LocalDate today) {
        if (today.isAfter(end)) {
            return end;
        }
        return today.isBefore(start) ? start.minusDays(1) : today;
    }

    int daysUpTo(LocalDate asOf) {
        return (int) Math.max(0, ChronoUnit.DAYS.between(start, asOf) + 1);
    }

    boolean contains(LocalDate date) {
        return date != null && !date.isBefore(start) && !date.isAfter(end);
    }
}
