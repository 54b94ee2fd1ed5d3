package dk.borgerstemme.gateway.insight;

import dk.borgerstemme.gateway.insight.services.Fetched;
import dk.borgerstemme.gateway.insight.services.SurveyService;
import dk.borgerstemme.gateway.insight.services.SurveyWave;
import dk.borgerstemme.platform.catalogue.MeasurementPoint;
import dk.borgerstemme.platform.catalogue.Organisation;
import dk.borgerstemme.platform.catalogue.StrategyTrack;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/** Builds the dashboard from the framework of the catalogue and the services' figures. */
final class DashboardAssembler {

    private final Texts texts;
    private final Readings readings;

    DashboardAssembler(Texts texts) {
        this.texts = texts;
        this.readings = new Readings(texts, true, false);
    }

    Dashboard assemble(Organisation organisation, InsightScope scope, Filters filters, InsightData data, List<String> notices, LocalDate today) {
        List<String> allNotices = new ArrayList<>(notices);
        allNotices.addAll(serviceNotices(data));
        if (filters.role() != null && filters.area() != null && filters.unit() == null) {
            allNotices.add(texts.say("insight.notice.roleWholeScope"));
        }
        if (filters.role() != null) {
            allNotices.add(texts.say("insight.notice.roleNotForComplaints"));
        }
        List<Dashboard.Track> tracks = new ArrayList<>();
        for (StrategyTrack track : organisation.framework().tracks()) {
            List<Dashboard.Point> points = new ArrayList<>();
            for (MeasurementPoint point : track.points()) {
                List<Reading> pointReadings = new ArrayList<>();
                if (point.fedBy(MeasurementPoint.SURVEY)) {
                    pointReadings.add(readings.survey(point, data));
                }
                if (point.fedBy(MeasurementPoint.COMPLAINTS)) {
                    pointReadings.addAll(readings.complaints(point, data));
                }
                points.add(new Dashboard.Point(point.id(), point.name().in(texts.locale()), point.fedBySystem(), pointReadings,
                    "/o/" + organisation.shortName() + "/indsigt/punkt/" + point.id() + "?" + filters.withPeriod(data.chosen().id()).query()));
            }
            tracks.add(new Dashboard.Track(track.id(), track.name().in(texts.locale()), points));
        }
        Period halfYear = data.chosen().period() != null ? Period.halfYearOf(data.chosen().period().start()) : data.chosen().complaintPeriod();
        return new Dashboard(data.chosen().id(), readings.label(data.chosen()), halfYear.id(), scopeText(organisation, scope),
            filters.withPeriod(data.chosen().id()).query(),
            periodOptions(data.chosen().id(), data.waves(), today), areaOptions(organisation, scope, filters), unitOptions(organisation, scope, filters),
            roleOptions(organisation, filters), allNotices, tracks);
    }

    List<String> serviceNotices(InsightData data) {
        List<String> notices = new ArrayList<>();
        if (!data.waves().available() || data.results().values().stream().anyMatch(fetched -> fetched.missing() == Fetched.Missing.UNAVAILABLE)) {
            notices.add(texts.say("insight.notice.surveyDown"));
        }
        if (data.figures().values().stream().anyMatch(fetched -> fetched.missing() == Fetched.Missing.UNAVAILABLE)) {
            notices.add(texts.say("insight.notice.complaintsDown"));
        } else if (data.figures().values().stream().anyMatch(fetched -> fetched.missing() == Fetched.Missing.NOT_FOUND)) {
            notices.add(texts.say("insight.notice.complaintsNotYet"));
        }
        return notices;
    }

    String scopeText(Organisation organisation, InsightScope scope) {
        if (scope.wholeOrganisation()) {
            return texts.say("insight.scope.organisation", organisation.name().in(texts.locale()));
        }
        List<String> names = scope.unitsOf(organisation).stream().map(unit -> unit.name().in(texts.locale())).toList();
        return texts.say("insight.scope.units", String.join(", ", names));
    }

    List<Dashboard.OptionGroup> periodOptions(String chosen, SurveyService.Waves waves, LocalDate today) {
        List<Dashboard.Option> halfYears = new ArrayList<>();
        for (Period period : reversed(Period.halfYearOf(today).lastOf(4))) {
            halfYears.add(new Dashboard.Option(period.id(), readings.label(period), period.id().equals(chosen)));
        }
        List<Dashboard.Option> quarters = new ArrayList<>();
        for (Period period : reversed(Period.quarterOf(today).lastOf(4))) {
            quarters.add(new Dashboard.Option(period.id(), readings.label(period), period.id().equals(chosen)));
        }
        List<Dashboard.Option> waveOptions = new ArrayList<>();
        for (SurveyWave wave : reversed(waves.all())) {
            String value = Filters.WAVE_PREFIX + wave.id();
            waveOptions.add(new Dashboard.Option(value, wave.name(), value.equals(chosen)));
        }
        List<Dashboard.OptionGroup> groups = new ArrayList<>();
        groups.add(new Dashboard.OptionGroup(texts.say("insight.filter.halfYears"), halfYears));
        groups.add(new Dashboard.OptionGroup(texts.say("insight.filter.quarters"), quarters));
        if (!waveOptions.isEmpty()) {
            groups.add(new Dashboard.OptionGroup(texts.say("insight.filter.waves"), waveOptions));
        }
        return groups;
    }

    private List<Dashboard.Option> areaOptions(Organisation organisation, InsightScope scope, Filters filters) {
        List<Dashboard.Option> options = new ArrayList<>();
        options.add(new Dashboard.Option("", texts.say("insight.filter.allAreas"), filters.area() == null));
        scope.areasOf(organisation).forEach(area -> options.add(new Dashboard.Option(area.id(), area.name().in(texts.locale()),
            area.id().equals(filters.area()))));
        return options;
    }

    private List<Dashboard.Option> unitOptions(Organisation organisation, InsightScope scope, Filters filters) {
        List<Dashboard.Option> options = new ArrayList<>();
        options.add(new Dashboard.Option("", texts.say("insight.filter.allUnits"), filters.unit() == null));
        scope.unitsOf(organisation).forEach(unit -> options.add(new Dashboard.Option(unit.id(), unit.name().in(texts.locale()),
            unit.id().equals(filters.unit()))));
        return options;
    }

    private List<Dashboard.Option> roleOptions(Organisation organisation, Filters filters) {
        List<Dashboard.Option> options = new ArrayList<>();
        options.add(new Dashboard.Option("", texts.say("insight.filter.allRoles"), filters.role() == null));
        organisation.respondentRoles().forEach(role -> options.add(new Dashboard.Option(role.id(), role.name().in(texts.locale()),
            Objects.equals(role.id(), filters.role()))));
        return options;
    }

    private static <T> List<T> reversed(List<T> list) {
        List<T> copy = new ArrayList<>(list);
        Collections.reverse(copy);
        return copy;
    }
}
