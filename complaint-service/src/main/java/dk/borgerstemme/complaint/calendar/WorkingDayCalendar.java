package dk.borgerstemme.complaint.calendar;

import dk.borgerstemme.platform.catalogue.Organisation;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Working days of one organisation: Monday to Friday, except the Danish public holidays and the days
 * the organisation's catalogue lists as closed. Deadlines in working days count on this calendar.
 */
public final class WorkingDayCalendar {

    private final Set<LocalDate> closedDays;
    private final Map<Integer, Map<LocalDate, PublicHoliday>> holidaysByYear = new ConcurrentHashMap<>();

    public WorkingDayCalendar(Collection<LocalDate> closedDays) {
        this.closedDays = Set.copyOf(closedDays);
    }

    public static WorkingDayCalendar of(Organisation organisation) {
        return new WorkingDayCalendar(organisation.closedDays());
    }

    /** Weekends and public holidays only, for an organisation without extra closed days. */
    public static WorkingDayCalendar publicHolidaysOnly() {
        return new WorkingDayCalendar(Set.of());
    }

    public boolean isWorkingDay(LocalDate date) {
        return !isWeekend(date) && publicHoliday(date).isEmpty() && !closedDays.contains(date);
    }

    public Optional<PublicHoliday> publicHoliday(LocalDate date) {
        return Optional.ofNullable(holidays(date.getYear()).get(date));
    }

    /** The public holidays of a year, in date order. */
    public SortedMap<LocalDate, PublicHoliday> publicHolidays(int year) {
        return new TreeMap<>(holidays(year));
    }

    /**
     * The {@code workingDays}-th working day after {@code date}; {@code date} itself does not count,
     * so a case received on a Friday with 2 working days is due on Tuesday. Zero gives {@code date}.
     */
    public LocalDate plusWorkingDays(LocalDate date, int workingDays) {
        if (workingDays < 0) {
            throw new IllegalArgumentException("Count working days forward only, not " + workingDays);
        }
        LocalDate day = date;
        int counted = 0;
        while (counted < workingDays) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /** {@code date} if it is a working day, else the first working day after it. */
    public LocalDate workingDayOnOrAfter(LocalDate date) {
        LocalDate day = date;
        while (!isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /**
     * The working days after {@code from} up to and including {@code to}: the inverse of
     * {@link #plusWorkingDays}; negative when {@code to} lies before {@code from}.
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    private static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    private Map<LocalDate, PublicHoliday> holidays(int year) {
        return holidaysByYear.computeIfAbsent(year, WorkingDayCalendar::holidaysOf);
    }

    private static Map<LocalDate, PublicHoliday> holidaysOf(int year) {
        Map<LocalDate, PublicHoliday> holidays = new TreeMap<>();
        for (PublicHoliday holiday : PublicHoliday.values()) {
            holiday.in(year).ifPresent(date -> holidays.put(date, holiday));
        }
        return Map.copyOf(holidays);
    }
}
