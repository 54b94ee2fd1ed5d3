package dk.borgerstemme.gateway.insight.halfyear;

import dk.borgerstemme.gateway.insight.Filters;
import dk.borgerstemme.gateway.insight.InsightDataLoader;
import dk.borgerstemme.gateway.insight.InsightRequest;
import dk.borgerstemme.gateway.insight.Period;
import dk.borgerstemme.platform.security.Roles;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/** The half-year status (halvårsstatus) as a page, a CSV file and a PDF, all three from one model. */
@Controller("/o/{org}/indsigt/halvaar/{period}")
@Secured({Roles.ANALYST, Roles.UNIT_LEADER})
@ExecuteOn(TaskExecutors.BLOCKING)
class HalfYearController {

    private final InsightRequest requests;
    private final InsightDataLoader loader;
    private final HalfYearPdf pdf;

    HalfYearController(InsightRequest requests, InsightDataLoader loader, HalfYearPdf pdf) {
        this.requests = requests;
        this.loader = loader;
        this.pdf = pdf;
    }

    @Get(produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> page(String org, String period, @Nullable @QueryValue String area, @Nullable @QueryValue String unit,
                                           Authentication authentication, HttpRequest<?> request) {
        InsightRequest.Context context = requests.read(org, new Filters(null, area, unit, null), authentication, request);
        HalfYearStatus status = new HalfYearAssembler(context, loader, false).assemble(halfYear(period));
        return new ModelAndView<>("insight/halfyear", Map.of("status", status, "downloadQuery", downloadQuery(context.filters())));
    }

    @Get(value = "/status.csv", produces = "text/csv")
    HttpResponse<byte[]> csv(String org, String period, @Nullable @QueryValue String area, @Nullable @QueryValue String unit,
                             Authentication authentication, HttpRequest<?> request) {
        InsightRequest.Context context = requests.read(org, new Filters(null, area, unit, null), authentication, request);
        HalfYearStatus status = new HalfYearAssembler(context, loader, false).assemble(halfYear(period));
        byte[] body = ("\uFEFF" + HalfYearCsv.of(status, context.texts())).getBytes(StandardCharsets.UTF_8);
        return HttpResponse.ok(body).contentType("text/csv; charset=utf-8")
            .header("Content-Disposition", "attachment; filename=\"halvaarsstatus-" + org + "-" + status.periodId() + ".csv\"");
    }

    @Get(value = "/status.pdf", produces = "application/pdf")
    HttpResponse<byte[]> pdf(String org, String period, @Nullable @QueryValue String area, @Nullable @QueryValue String unit,
                             Authentication authentication, HttpRequest<?> request) {
        InsightRequest.Context context = requests.read(org, new Filters(null, area, unit, null), authentication, request);
        HalfYearStatus status = new HalfYearAssembler(context, loader, true).assemble(halfYear(period));
        return HttpResponse.ok(pdf.render(status, request)).contentType("application/pdf")
            .header("Content-Disposition", "attachment; filename=\"halvaarsstatus-" + org + "-" + status.periodId() + ".pdf\"");
    }

    private static Period halfYear(String text) {
        return Period.parse(text).filter(period -> period.length() == Period.Length.HALF_YEAR)
            .orElseThrow(() -> new HttpStatusException(HttpStatus.NOT_FOUND, "Not a half-year"));
    }

    private static String downloadQuery(Filters filters) {
        String query = filters.withPeriod(null).query();
        return query.isEmpty() ? "" : "?" + query;
    }
}
