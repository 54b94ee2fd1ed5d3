package dk.borgerstemme.complaint.intake;

import dk.borgerstemme.platform.catalogue.Catalogue;
import dk.borgerstemme.platform.catalogue.Organisation;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The citizen's status page: reference and code go in a POST body, so the code is never in an address. */
@Controller("/o/{org}/klage/status")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class StatusController {

    private final Catalogue catalogue;
    private final StatusLookup lookup;
    private final LookupThrottle throttle;

    StatusController(Catalogue catalogue, StatusLookup lookup, LookupThrottle throttle) {
        this.catalogue = catalogue;
        this.lookup = lookup;
        this.throttle = throttle;
    }

    @Get(produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> form(String org) {
        catalogue.require(org);
        return view(org, "", null, false, false);
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> lookUp(String org, HttpRequest<?> request, @Body Map<String, Object> form) {
        Organisation organisation = catalogue.require(org);
        String reference = text(form.get("sagsnummer"));
        String code = text(form.get("statuskode"));
        if (!throttle.allows(org, reference)) {
            return view(org, reference, null, false, true);
        }
        Optional<StatusLookup.CaseStatus> found = lookup.find(organisation, reference, code, IntakeController.locale(request));
        if (found.isEmpty()) {
            throttle.failed(org, reference);
            return view(org, reference, null, true, false);
        }
        return view(org, reference, found.get(), false, false);
    }

    private static ModelAndView<Map<String, Object>> view(String org, String reference, StatusLookup.CaseStatus found,
                                                          boolean notFound, boolean throttled) {
        Map<String, Object> model = new HashMap<>();
        model.put("action", "/o/" + org + "/klage/status");
        model.put("typedReference", reference);
        model.put("found", found);
        model.put("notFound", notFound);
        model.put("throttled", throttled);
        return new ModelAndView<>("intake/status", model);
    }

    private static String text(Object value) {
        if (value instanceof java.util.Collection<?> values) {
            value = values.isEmpty() ? null : values.iterator().next();
        }
        return value == null ? "" : String.valueOf(value);
    }
}
