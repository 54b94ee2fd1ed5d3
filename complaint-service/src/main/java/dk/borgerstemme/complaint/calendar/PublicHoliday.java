package dk.borgerstemme.complaint.calendar;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Optional;

/**
 * The Danish public holidays (helligdage) on which public offices are closed. Grundlovsdag and
 * juleaftensdag are not among them; an organisation that closes on them lists them as closed days.
 */
public enum PublicHoliday {
    NYTAARSDAG("Nytårsdag", MonthDay.of(1, 1)),
    SKAERTORSDAG("Skærtorsdag", -3),
    LANGFREDAG("Langfredag", -2),
    PAASKEDAG("Påskedag", 0),
    ANDEN_PAASKEDAG("2. påskedag", 1),
    /** The fourth Friday after Easter; abolished by law from 2024 (lov nr. 151 af 28.2.2023). */
    STORE_BEDEDAG("Store bededag", 26),
    KRISTI_HIMMELFARTSDAG("Kristi himmelfartsdag", 39),
    PINSEDAG("Pinsedag", 49),
    ANDEN_PINSEDAG("2. pinsedag", 50),
    JULEDAG("Juledag", MonthDay.of(12, 25)),
    ANDEN_JULEDAG("2. juledag", MonthDay.of(12, 26));

    static final int LAST_YEAR_WITH_STORE_BEDEDAG = 2023;

    private final String danishName;
    private final MonthDay fixedDate;
    private final int daysFromEaster;

    PublicHoliday(String danishName, MonthDay fixedDate) {
        this.danishName = danishName;
        this.fixedDate = fixedDate;
        this.daysFromEaster = 0;
    }

    PublicHoliday(String danishName, int daysFromEaster) {
        this.danishName = danishName;
        this.fixedDate = null;
        this.daysFromEaster = daysFromEaster;
    }

    public String danishName() {
        return danishName;
    }

    /** The holiday's date in the year, or empty in a year it is not kept. */
    public Optional<LocalDate> in(int year) {
        if (this == STORE_BEDEDAG && year > LAST_YEAR_WITH_STORE_BEDEDAG) {
            return Optional.empty();
        }
        return Optional.of(fixedDate != null ? fixedDate.atYear(year) : easterSunday(year).plusDays(daysFromEaster));
    }

    /** Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
    public static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
