package dk.borgerstemme.complaint.figures;

import dk.borgerstemme.complaint.calendar.WorkingDayCalendar;
import dk.borgerstemme.platform.catalogue.Area;
import dk.borgerstemme.platform.catalogue.Catalogue;
import dk.borgerstemme.platform.catalogue.Organisation;
import dk.borgerstemme.platform.catalogue.Unit;
import dk.borgerstemme.platform.security.Roles;
import dk.borgerstemme.platform.security.Staff;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * One figures report: the groups of the asked split and the total, in the staff member's scope
 * (ANALYST the whole organisation, UNIT_LEADER only their units, also in the total), with small
 * groups suppressed.
 */
@Singleton
class FiguresReport {

    private final Catalogue catalogue;
    private final KeptCases cases;
    private final Clock clock;
    private final HandlingRatings ratings;

    FiguresReport(Catalogue catalogue, KeptCases cases, Clock clock, HandlingRatings ratings) {
        this.catalogue = catalogue;
        this.cases = cases;
        this.clock = clock;
        this.ratings = ratings;
    }

    private record Group(String id, String name, Set<String> units) {
    }

    /**
     * The complaint figures of a request, which {@link KeptFigures} keeps, and what the complainants' rating is then
     * asked for with: the rating comes from survey-service and changes with every answer there, so it is added to
     * a copy on each request ({@link #withRating}).
     */
    record Counted(Map<String, Object> report, String org, FiguresPeriod period, String by, Optional<Collection<String>> units,
                   ResourceBundle texts) {
    }

    /** {@code stamp}: the state of the cases the report is counted from, as {@link KeptFigures} keeps it. */
    Counted count(String org, String periodText, String by, String unit, Staff staff, Locale locale, FiguresReader.Stamp stamp) {
        Organisation organisation = catalogue.require(org);
        FiguresPeriod period = FiguresPeriod.parse(periodText).orElseThrow(() -> new HttpStatusException(HttpStatus.BAD_REQUEST,
            "period must be a half-year (2026H1), a quarter (2026Q2) or a month (2026-05)"));
        if (!List.of("organisation", "area", "unit").contains(by)) {
            throw new HttpStatusException(HttpStatus.BAD_REQUEST, "by must be organisation, area or unit");
        }
        if (unit != null && organisation.unit(unit).isEmpty()) {
            throw new HttpStatusException(HttpStatus.BAD_REQUEST, "No unit " + unit + " in the catalogue");
        }
        boolean wholeOrganisation = staff.hasRole(Roles.ANALYST);
        if (!wholeOrganisation && unit != null && !staff.units().contains(unit)) {
            throw new HttpStatusException(HttpStatus.FORBIDDEN, "Not one of your units");
        }
        Set<String> scope = new LinkedHashSet<>();
        for (Unit each : organisation.units()) {
            if ((wholeOrganisation || staff.units().contains(each.id())) && (unit == null || unit.equals(each.id()))) {
                scope.add(each.id());
            }
        }

        LocalDate today = LocalDate.now(clock);
        LocalDate asOf = period.asOf(today);
        int daysCounted = period.daysUpTo(asOf);
        FiguresPeriod previous = period.previous();
        LocalDate previousUpTo = period.isComplete(today) ? previous.end() : previous.start().plusDays(Math.max(daysCounted, 1) - 1L);
        ResourceBundle texts = ResourceBundle.getBundle("i18n.figures", locale);
        GroupFigures figures = new GroupFigures(new GroupFigures.Context(organisation, period, asOf, daysCounted, previousUpTo,
            WorkingDayCalendar.of(organisation), locale, texts));

        // A unit leader's cases are read by their units only; an analyst's include cases about no unit ("ved ikke").
        boolean includeNoUnit = wholeOrganisation && unit == null;
        List<FigureCase> cases = this.cases.cases(org, includeNoUnit ? null : List.copyOf(scope), period, stamp);

        List<Group> groups = groups(organisation, by, scope, texts, locale);
        GroupSuppression suppression = new GroupSuppression(organisation.minimumGroupSize());
        Map<Group, Integer> received = new LinkedHashMap<>();
        groups.forEach(group -> received.put(group, GroupFigures.casesReceived(inGroup(cases, group.units()), period, asOf)));
        int totalReceived = GroupFigures.casesReceived(cases, period, asOf);
        Set<Group> hidden = suppression.tooSmall(totalReceived) ? Set.copyOf(groups) : suppression.hidden(received);

        List<Map<String, Object>> groupFigures = new ArrayList<>();
        for (Group group : groups) {
            List<FigureCase> own = inGroup(cases, group.units());
            int citizens = citizensServed(organisation, group.units());
            groupFigures.add(hidden.contains(group) ? figures.suppressed(group.id(), group.name(), citizens)
                : figures.shown(group.id(), group.name(), citizens, own, suppression.tooSmall(received(own, previous, previousUpTo))));
        }
        int totalCitizens = citizensServed(organisation, scope);
        Map<String, Object> total = suppression.tooSmall(totalReceived)
            ? figures.suppressed("total", texts.getString("total"), totalCitizens)
            : figures.shown("total", texts.getString("total"), totalCitizens, cases, suppression.tooSmall(received(cases, previous, previousUpTo)));

        Map<String, Object> report = new LinkedHashMap<>();
        report.put("organisation", org);
        report.put("period", period.id());
        report.put("periodStart", period.start().toString());
        report.put("periodEnd", period.end().toString());
        report.put("previousPeriod", previous.id());
        report.put("complete", period.isComplete(today));
        report.put("asOf", asOf.toString());
        report.put("daysCounted", daysCounted);
        report.put("by", by);
        report.put("minimumGroupSize", organisation.minimumGroupSize());
        report.put("scope", GroupFigures.ordered("kind", wholeOrganisation ? "organisation" : "units",
            "units", wholeOrganisation ? List.of() : List.copyOf(staff.units())));
        report.put("groups", groupFigures);
        report.put("total", total);
        return new Counted(Collections.unmodifiableMap(report), org, period, by, includeNoUnit ? Optional.empty() : Optional.of(scope), texts);
    }

    /** A copy of the counted figures with the complainants' rating of the handling as survey-service gives it now. */
    @SuppressWarnings("unchecked")
    Map<String, Object> withRating(Counted counted) {
        Map<String, Object> report = (Map<String, Object>) deepCopy(counted.report());
        List<Map<String, Object>> rated = new ArrayList<>((List<Map<String, Object>>) report.get("groups"));
        rated.add((Map<String, Object>) report.get("total"));
        ratings.fill(report, counted.org(), counted.period(), counted.by(), counted.units(), rated, counted.texts());
        return report;
    }

    private static Object deepCopy(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            map.forEach((key, member) -> copy.put(key, deepCopy(member)));
            return copy;
        }
        if (value instanceof List<?> list) {
            return new ArrayList<>(list.stream().map(FiguresReport::deepCopy).toList());
        }
        return value;
    }

    private static int received(List<FigureCase> cases, FiguresPeriod previous, LocalDate upTo) {
        return GroupFigures.casesReceived(cases, previous, upTo);
    }

    private static List<Group> groups(Organisation organisation, String by, Set<String> scope, ResourceBundle texts, Locale locale) {
        List<Group> groups = new ArrayList<>();
        switch (by) {
            case "unit" -> organisation.units().stream().filter(unit -> scope.contains(unit.id()))
                .forEach(unit -> groups.add(new Group(unit.id(), unit.name().in(locale), Set.of(unit.id()))));
            case "area" -> {
                for (Area area : organisation.areas()) {
                    Set<String> units = new LinkedHashSet<>();
                    area.units().stream().map(Unit::id).filter(scope::contains).forEach(units::add);
                    if (!units.isEmpty()) {
                        groups.add(new Group(area.id(), area.name().in(locale), units));
                    }
                }
            }
            default -> groups.add(new Group("organisation", organisation.name().in(locale), scope));
        }
        return groups;
    }

    private static List<FigureCase> inGroup(List<FigureCase> cases, Set<String> units) {
        return cases.stream().filter(c -> c.unitId() != null && units.contains(c.unitId())).toList();
    }

    private static int citizensServed(Organisation organisation, Set<String> units) {
        return organisation.units().stream().filter(unit -> units.contains(unit.id()))
            .mapToInt(unit -> unit.capacity() == null ? 0 : unit.capacity().amount()).sum();
    }
}
