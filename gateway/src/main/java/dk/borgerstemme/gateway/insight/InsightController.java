package dk.borgerstemme.gateway.insight;

import dk.borgerstemme.gateway.insight.questions.PointQuestions;
import dk.borgerstemme.gateway.insight.services.SurveyService;
import dk.borgerstemme.platform.security.Roles;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The measurement-point dashboard and the drill-down of one point. */
@Controller("/o/{org}/indsigt")
@Secured({Roles.ANALYST, Roles.UNIT_LEADER})
@ExecuteOn(TaskExecutors.BLOCKING)
class InsightController {

    private final InsightRequest requests;
    private final InsightDataLoader loader;
    private final PointQuestions questions;

    InsightController(InsightRequest requests, InsightDataLoader loader, PointQuestions questions) {
        this.requests = requests;
        this.loader = loader;
        this.questions = questions;
    }

    @Get(produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> dashboard(String org, @Nullable @QueryValue String period, @Nullable @QueryValue String area,
                                                @Nullable @QueryValue String unit, @Nullable @QueryValue String role,
                                                Authentication authentication, HttpRequest<?> request) {
        InsightRequest.Context context = requests.read(org, new Filters(period, area, unit, role), authentication, request);
        Loaded loaded = load(context);
        Dashboard dashboard = new DashboardAssembler(context.texts())
            .assemble(context.organisation(), context.scope(), loaded.filters(), loaded.data(), loaded.notices(), loader.today());
        return new ModelAndView<>("insight/dashboard", Map.of(
            "dashboard", dashboard,
            "filters", loaded.filters(),
            "organisationName", context.organisation().name().in(context.texts().locale()),
            "org", org));
    }

    @Get(value = "/punkt/{point}", produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> point(String org, String point, @Nullable @QueryValue String period, @Nullable @QueryValue String area,
                                            @Nullable @QueryValue String unit, @Nullable @QueryValue String role,
                                            Authentication authentication, HttpRequest<?> request) {
        InsightRequest.Context context = requests.read(org, new Filters(period, area, unit, role), authentication, request);
        var measurementPoint = context.organisation().framework().point(point)
            .orElseThrow(() -> new io.micronaut.http.exceptions.HttpStatusException(io.micronaut.http.HttpStatus.NOT_FOUND, "No such point"));
        Loaded loaded = load(context);
        PointDetail detail = new PointDetailAssembler(context, loader, questions).assemble(measurementPoint, loaded.filters(), loaded.data(), loaded.notices());
        return new ModelAndView<>("insight/point", Map.of(
            "detail", detail,
            "organisationName", context.organisation().name().in(context.texts().locale()),
            "org", org));
    }

    private Loaded load(InsightRequest.Context context) {
        SurveyService.Waves waves = loader.waves(context.org(), context.token());
        List<String> notices = new ArrayList<>(context.notices());
        Filters filters = context.filters();
        Optional<InsightData> data = loader.load(context.org(), filters, waves, context.lang(), context.token());
        if (data.isEmpty()) {
            notices.add(context.texts().say("insight.notice.unknownPeriod"));
            filters = filters.withPeriod(null);
            data = loader.load(context.org(), filters, waves, context.lang(), context.token());
        }
        return new Loaded(filters, data.orElseThrow(), notices);
    }

    private record Loaded(Filters filters, InsightData data, List<String> notices) {
    }
}
