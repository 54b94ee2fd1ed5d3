package dk.borgerstemme.complaint.figures;

import dk.borgerstemme.platform.cache.ComputedOnce;
import dk.borgerstemme.platform.security.Roles;
import dk.borgerstemme.platform.security.Staff;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Figures reports kept once built (issue 7, reports at scale: a report of 100,000 cases reads and figures tens of
 * thousands of them, and the portal asks for four periods per page). A report is kept by everything it is built
 * from: what was asked, who asked (role and units), the language, today's date, and the state of the cases
 * ({@link FiguresReader.Stamp}: the newest case, the newest entry of the audit trail, which every change of a case or an action
 * writes, and the newest action; three look-ups of a primary key). So a kept report is never stale: any change
 * gives a new key. The complainants' rating is not kept: it is survey-service's and is added to a copy each time.
 */
@Singleton
class KeptFigures {

    private static final int REPORTS_KEPT = 200;

    private record Key(String org, String period, String by, String unit, boolean analyst, List<String> units, String language,
                       LocalDate today, FiguresReader.Stamp stamp) {
    }

    private final FiguresReport report;
    private final FiguresReader reader;
    private final Clock clock;
    private final ComputedOnce<Key, FiguresReport.Counted> reports = new ComputedOnce<>(REPORTS_KEPT);

    KeptFigures(FiguresReport report, FiguresReader reader, Clock clock) {
        this.report = report;
        this.reader = reader;
        this.clock = clock;
    }

    Map<String, Object> build(String org, String period, String by, String unit, Staff staff, Locale locale) {
        FiguresReader.Stamp stamp = reader.stamp();
        Key key = new Key(org, period, by, unit, staff.hasRole(Roles.ANALYST), List.copyOf(staff.units()), locale.toLanguageTag(),
            LocalDate.now(clock), stamp);
        return report.withRating(reports.get(key, () -> report.count(org, period, by, unit, staff, locale, stamp)));
    }
}
