package dk.borgerstemme.gateway.portal;

import dk.borgerstemme.gateway.insight.Texts;
import dk.borgerstemme.gateway.insight.Trend;
import dk.borgerstemme.gateway.insight.services.Fetched;
import dk.borgerstemme.gateway.insight.services.SurveyResults;
import dk.borgerstemme.gateway.insight.services.SurveyService;
import dk.borgerstemme.gateway.insight.services.SurveyWave;
import dk.borgerstemme.platform.catalogue.Organisation;
import dk.borgerstemme.platform.security.Roles;
import dk.borgerstemme.platform.security.Staff;
import io.micronaut.context.MessageSource;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The latest results for the signed-in staff member's start page, read from the survey service's results with their
 * own token, so the service decides again what they may see: a unit leader gets their own units, each shown or
 * suppressed as the service says; an analyst the organisation's totals. The latest wave is the last one that has
 * opened. Staff without access to results get nothing (null), not an error.
 */
@Singleton
class LatestResultsAssembler {

    private final SurveyService surveys;
    private final MessageSource messages;
    private final Clock clock;

    LatestResultsAssembler(SurveyService surveys, MessageSource messages, Clock clock) {
        this.surveys = surveys;
        this.messages = messages;
        this.clock = clock;
    }

    static boolean readsResults(Staff staff) {
        return staff.hasRole(Roles.ANALYST) || staff.hasRole(Roles.UNIT_LEADER);
    }

    @Nullable LatestResults assemble(Organisation organisation, Staff staff, String token, Locale locale) {
        if (!readsResults(staff)) {
            return null;
        }
        Texts texts = new Texts(messages, locale);
        boolean analyst = staff.hasRole(Roles.ANALYST);
        String heading = texts.say(analyst ? "drill.start.results.headingOrganisation" : "drill.start.results.heading");
        SurveyService.Waves waves = surveys.waves(organisation.shortName(), token).join();
        if (!waves.available()) {
            return nothing(heading, texts.say("drill.start.results.unavailable"));
        }
        LocalDate today = LocalDate.now(clock);
        Optional<SurveyWave> latest = waves.all().stream().filter(wave -> !wave.opensOn().isAfter(today)).reduce((first, second) -> second);
        if (latest.isEmpty()) {
            return nothing(heading, texts.say("drill.start.results.noWave"));
        }
        SurveyWave wave = latest.get();
        Fetched<SurveyResults> fetched = surveys.results(organisation.shortName(), wave.id(), analyst ? "area" : "unit", null, texts.lang(), token).join();
        if (!fetched.present()) {
            return nothing(heading, texts.say("drill.start.results.unavailable"));
        }
        SurveyResults results = fetched.value().get();
        String base = "/o/" + organisation.shortName() + "/indsigt/punkt/";
        List<LatestResults.Table> tables = new ArrayList<>();
        if (analyst) {
            String name = organisation.name().in(locale);
            List<LatestResults.Row> rows = results.points().stream()
                .map(point -> row(point, point.total(), base + point.point() + "?period=wave-" + wave.id(), texts)).toList();
            tables.add(new LatestResults.Table("organisation", texts.say("drill.start.results.caption", name), rows, ""));
        } else {
            for (String unit : staff.units()) {
                String name = organisation.unit(unit).map(found -> found.name().in(locale)).orElse(unit);
                String href = "?period=wave-" + wave.id() + "&unit=" + URLEncoder.encode(unit, StandardCharsets.UTF_8);
                List<LatestResults.Row> rows = results.points().stream()
                    .flatMap(point -> point.group(unit).map(cell -> row(point, cell, base + point.point() + href, texts)).stream()).toList();
                tables.add(new LatestResults.Table(unit, texts.say("drill.start.results.caption", name), rows,
                    rows.isEmpty() ? texts.say("drill.start.results.notInWave", name) : ""));
            }
        }
        List<String> changed = results.points().stream().filter(point -> point.comparisonNote() != null).map(SurveyResults.Point::name).toList();
        List<String> notes = changed.isEmpty() ? List.of() : List.of(texts.say("drill.start.results.notLikeForLike", String.join(", ", changed)));
        return new LatestResults(heading, texts.say("drill.start.results.wave", wave.name()), "", tables, notes);
    }

    private static LatestResults nothing(String heading, String note) {
        return new LatestResults(heading, "", note, List.of(), List.of());
    }

    private static LatestResults.Row row(SurveyResults.Point point, SurveyResults.Cell cell, String href, Texts texts) {
        if (cell.suppressed()) {
            return new LatestResults.Row(point.point(), point.name(), href, true, texts.say("insight.detail.suppressed"), "–", "–", Trend.UNKNOWN,
                texts.say(Trend.UNKNOWN.messageKey()));
        }
        Trend trend = Trend.of(cell.change(), cell.changeBeyondNoise());
        return new LatestResults.Row(point.point(), point.name(), href, false,
            cell.sharePositive() == null ? texts.say("insight.missing.noAnswers") : texts.percent(cell.sharePositive()),
            texts.whole(cell.n()), texts.points(cell.change()), trend, texts.say(trend.messageKey()));
    }
}
