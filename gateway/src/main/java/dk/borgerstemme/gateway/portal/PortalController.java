package dk.borgerstemme.gateway.portal;

import dk.borgerstemme.gateway.insight.services.ComplaintService;
import dk.borgerstemme.gateway.insight.services.Fetched;
import dk.borgerstemme.gateway.insight.services.Workload;
import dk.borgerstemme.platform.catalogue.Catalogue;
import dk.borgerstemme.platform.catalogue.Organisation;
import dk.borgerstemme.platform.i18n.Language;
import dk.borgerstemme.platform.i18n.LanguageResolver;
import dk.borgerstemme.platform.security.Staff;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** The front doors: the list of organisations, each organisation's citizen page, and the staff start page. */
@Controller
class PortalController {

    private final Catalogue catalogue;
    private final ComplaintService complaints;
    private final LatestResultsAssembler latestResults;
    private final String cookieName;

    PortalController(Catalogue catalogue, ComplaintService complaints, LatestResultsAssembler latestResults,
                     @Value("${micronaut.security.token.cookie.cookie-name:BORGERSTEMME}") String cookieName) {
        this.catalogue = catalogue;
        this.complaints = complaints;
        this.latestResults = latestResults;
        this.cookieName = cookieName;
    }

    @Get(produces = MediaType.TEXT_HTML)
    @Secured(SecurityRule.IS_ANONYMOUS)
    HttpResponse<?> organisations(@Nullable Authentication authentication, HttpRequest<?> request) {
        Locale locale = LanguageResolver.languageOf(request).locale();
        if (authentication != null) {
            return HttpResponse.seeOther(URI.create("/o/" + Staff.of(authentication).organisation() + "/personale"));
        }
        List<Map<String, String>> organisations = catalogue.organisations().stream()
            .map(organisation -> Map.of(
                "shortName", organisation.shortName(),
                "name", organisation.name().in(locale)))
            .toList();
        return HttpResponse.ok(new ModelAndView<>("portal/organisations", Map.of("organisations", organisations)));
    }

    @Get(value = "/o/{org}", produces = MediaType.TEXT_HTML)
    @Secured(SecurityRule.IS_ANONYMOUS)
    ModelAndView<Map<String, Object>> landing(String org, HttpRequest<?> request) {
        Locale locale = LanguageResolver.languageOf(request).locale();
        Organisation organisation = catalogue.require(org);
        return new ModelAndView<>("portal/landing", Map.of("organisationName", organisation.name().in(locale)));
    }

    @Get(value = "/o/{org}/personale", produces = MediaType.TEXT_HTML)
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @ExecuteOn(TaskExecutors.BLOCKING)
    ModelAndView<Map<String, Object>> staffStart(String org, Authentication authentication, HttpRequest<?> request) {
        Organisation organisation = catalogue.require(org);
        Staff staff = Staff.of(authentication);
        Language language = LanguageResolver.languageOf(request);
        List<String> units = staff.units().stream()
            .map(unit -> organisation.unit(unit).map(found -> found.name().in(language.locale())).orElse(unit))
            .toList();
        Map<String, Object> model = new HashMap<>();
        model.put("staff", staff);
        model.put("organisationName", organisation.name().in(language.locale()));
        model.put("units", units);
        model.put("links", StaffLinks.of(staff));
        String token = request.getCookies().findCookie(cookieName).map(Cookie::getValue).orElse("");
        // The case counts are asked for first, so they come while the results are read.
        CompletableFuture<Fetched<Workload>> workloadCall = StaffLinks.handlesComplaints(staff) ? complaints.workload(org, token) : null;
        if (LatestResultsAssembler.readsResults(staff)) {
            model.put("latest", latestResults.assemble(organisation, staff, token, language.locale()));
        }
        if (workloadCall != null) {
            Fetched<Workload> workload = workloadCall.join();
            model.put("workload", workload.value().orElse(null));
            model.put("workloadMissing", !workload.present());
        }
        return new ModelAndView<>("portal/staff-start", model);
    }

}
