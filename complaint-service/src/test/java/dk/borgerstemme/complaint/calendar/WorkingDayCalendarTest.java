package dk.borgerstemme.complaint.calendar;

import dk.borgerstemme.complaint.DemoOrganisations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkingDayCalendarTest {

    private final WorkingDayCalendar holidaysOnly = WorkingDayCalendar.publicHolidaysOnly();
    private final WorkingDayCalendar slagelse = WorkingDayCalendar.of(DemoOrganisations.slagelse());
    private final WorkingDayCalendar midtjylland = WorkingDayCalendar.of(DemoOrganisations.midtjylland());

    @ParameterizedTest(name = "Easter {0} falls on {1}")
    @CsvSource({
        "1818, 1818-03-22",
        "1943, 1943-04-25",
        "2000, 2000-04-23",
        "2019, 2019-04-21",
        "2023, 2023-04-09",
        "2024, 2024-03-31",
        "2025, 2025-04-20",
        "2026, 2026-04-05",
        "2027, 2027-03-28",
        "2038, 2038-04-25",
        "2285, 2285-03-22"
    })
    void easterSundayIsComputedForAnyYear(int year, LocalDate easter) {
        assertThat(PublicHoliday.easterSunday(year)).isEqualTo(easter);
        assertThat(holidaysOnly.publicHoliday(easter)).contains(PublicHoliday.PAASKEDAG);
    }

    @Test
    void the2026HolidaysAreTheTenDanishPublicHolidays() {
        assertThat(holidaysOnly.publicHolidays(2026)).containsExactly(
            entry("2026-01-01", PublicHoliday.NYTAARSDAG),
            entry("2026-04-02", PublicHoliday.SKAERTORSDAG),
            entry("2026-04-03", PublicHoliday.LANGFREDAG),
            entry("2026-04-05", PublicHoliday.PAASKEDAG),
            entry("2026-04-06", PublicHoliday.ANDEN_PAASKEDAG),
            entry("2026-05-14", PublicHoliday.KRISTI_HIMMELFARTSDAG),
            entry("2026-05-24", PublicHoliday.PINSEDAG),
            entry("2026-05-25", PublicHoliday.ANDEN_PINSEDAG),
            entry("2026-12-25", PublicHoliday.JULEDAG),
            entry("2026-12-26", PublicHoliday.ANDEN_JULEDAG));
    }

    @Test
    void the2027MovableHolidaysFollowAnEarlyEaster() {
        assertThat(holidaysOnly.publicHolidays(2027)).containsKeys(
            LocalDate.parse("2027-03-25"), LocalDate.parse("2027-03-26"), LocalDate.parse("2027-03-29"),
            LocalDate.parse("2027-05-06"), LocalDate.parse("2027-05-16"), LocalDate.parse("2027-05-17"));
    }

    @Test
    void storeBededagWasAHolidayIn2023ButIsAnOrdinaryWorkingDayFrom2024() {
        LocalDate storeBededag2023 = LocalDate.parse("2023-05-05");
        LocalDate fourthFridayAfterEaster2024 = LocalDate.parse("2024-04-26");

        assertThat(holidaysOnly.publicHoliday(storeBededag2023)).contains(PublicHoliday.STORE_BEDEDAG);
        assertThat(holidaysOnly.isWorkingDay(storeBededag2023)).isFalse();
        assertThat(holidaysOnly.isWorkingDay(fourthFridayAfterEaster2024)).isTrue();
        assertThat(holidaysOnly.publicHolidays(2024)).hasSize(10).doesNotContainValue(PublicHoliday.STORE_BEDEDAG);
        assertThat(holidaysOnly.publicHolidays(2023)).hasSize(11);
        // Thursday 4 May 2023 + 1 working day skips the Friday holiday and the weekend.
        assertThat(holidaysOnly.plusWorkingDays(LocalDate.parse("2023-05-04"), 1)).isEqualTo("2023-05-08");
        assertThat(holidaysOnly.plusWorkingDays(LocalDate.parse("2024-04-25"), 1)).isEqualTo("2024-04-26");
    }

    @Test
    void weekendsAreNotWorkingDays() {
        assertThat(holidaysOnly.isWorkingDay(LocalDate.parse("2026-03-06"))).as("Friday").isTrue();
        assertThat(holidaysOnly.isWorkingDay(LocalDate.parse("2026-03-07"))).as("Saturday").isFalse();
        assertThat(holidaysOnly.isWorkingDay(LocalDate.parse("2026-03-08"))).as("Sunday").isFalse();
        assertThat(holidaysOnly.plusWorkingDays(LocalDate.parse("2026-03-06"), 2)).isEqualTo("2026-03-10");
        assertThat(holidaysOnly.plusWorkingDays(LocalDate.parse("2026-03-07"), 1)).isEqualTo("2026-03-09");
    }

    @Test
    void countingAcrossEasterSkipsMaundyThursdayToEasterMonday() {
        LocalDate wednesdayBeforeEaster = LocalDate.parse("2026-04-01");

        assertThat(holidaysOnly.plusWorkingDays(wednesdayBeforeEaster, 1)).isEqualTo("2026-04-07");
        assertThat(holidaysOnly.plusWorkingDays(wednesdayBeforeEaster, 2)).isEqualTo("2026-04-08");
        assertThat(holidaysOnly.workingDaysBetween(wednesdayBeforeEaster, LocalDate.parse("2026-04-07"))).isEqualTo(1);
    }

    @Test
    void countingFromChristmasToNewYearSkipsTheHolidaysAndTheOrganisationsClosedDays() {
        LocalDate twentyThirdOfDecember = LocalDate.parse("2026-12-23");

        // Public holidays only: 24 Dec is a working day.
        assertThat(holidaysOnly.plusWorkingDays(twentyThirdOfDecember, 2)).isEqualTo("2026-12-28");
        // Slagelse closes on 24 Dec: 28 and 29 Dec.
        assertThat(slagelse.plusWorkingDays(twentyThirdOfDecember, 2)).isEqualTo("2026-12-29");
        // 28, 29, 30, 31 Dec; 1 Jan is Nytårsdag; 4-8 Jan; 11 Jan.
        assertThat(slagelse.plusWorkingDays(twentyThirdOfDecember, 10)).isEqualTo("2027-01-11");
        // Midtjylland also closes on 31 Dec: 28, 29, 30 Dec, 4, 5 Jan.
        assertThat(midtjylland.plusWorkingDays(twentyThirdOfDecember, 5)).isEqualTo("2027-01-05");
        assertThat(slagelse.workingDaysBetween(twentyThirdOfDecember, LocalDate.parse("2027-01-04"))).isEqualTo(5);
        assertThat(slagelse.isWorkingDay(LocalDate.parse("2027-01-01"))).isFalse();
    }

    @Test
    void anOrganisationsClosedDayIsNotAWorkingDayThereButIsElsewhere() {
        LocalDate grundlovsdag = LocalDate.parse("2026-06-05");

        assertThat(slagelse.isWorkingDay(grundlovsdag)).isFalse();
        assertThat(slagelse.publicHoliday(grundlovsdag)).isEmpty();
        assertThat(midtjylland.isWorkingDay(grundlovsdag)).isTrue();
        assertThat(slagelse.plusWorkingDays(LocalDate.parse("2026-06-04"), 1)).isEqualTo("2026-06-08");
        assertThat(slagelse.workingDayOnOrAfter(grundlovsdag)).isEqualTo("2026-06-08");
        assertThat(slagelse.workingDayOnOrAfter(LocalDate.parse("2026-06-04"))).isEqualTo("2026-06-04");
    }

    @Test
    void workingDaysBetweenIsTheInverseOfAddingWorkingDays() {
        for (LocalDate day = LocalDate.parse("2023-01-01"); day.isBefore(LocalDate.parse("2028-01-01")); day = day.plusDays(3)) {
            for (int days = 0; days <= 15; days++) {
                LocalDate due = slagelse.plusWorkingDays(day, days);
                assertThat(slagelse.isWorkingDay(due) || days == 0).as("%s + %d", day, days).isTrue();
                assertThat(slagelse.workingDaysBetween(day, due)).as("%s + %d", day, days).isEqualTo(days);
            }
        }
    }

    @Test
    void workingDaysBetweenIsNegativeBackwardsAndZeroOnTheSameDay() {
        LocalDate monday = LocalDate.parse("2026-03-09");
        LocalDate friday = LocalDate.parse("2026-03-13");

        assertThat(holidaysOnly.workingDaysBetween(monday, friday)).isEqualTo(4);
        assertThat(holidaysOnly.workingDaysBetween(friday, monday)).isEqualTo(-4);
        assertThat(holidaysOnly.workingDaysBetween(friday, friday)).isZero();
    }

    @Test
    void workingDaysAreCountedForwardOnly() {
        assertThatThrownBy(() -> holidaysOnly.plusWorkingDays(LocalDate.parse("2026-03-09"), -1))
            .isInstanceOf(IllegalArgumentException.class);
    }

    private static java.util.Map.Entry<LocalDate, PublicHoliday> entry(String date, PublicHoliday holiday) {
        return java.util.Map.entry(LocalDate.parse(date), holiday);
    }
}
