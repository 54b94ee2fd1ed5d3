package dk.borgerstemme.survey.internal;

import dk.borgerstemme.platform.catalogue.Catalogue;
import dk.borgerstemme.platform.catalogue.Organisation;
import dk.borgerstemme.platform.security.internal.InternalApi;
import dk.borgerstemme.platform.web.ProblemJson;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Hidden;

import java.util.Map;

/**
 * The internal code API: another service of the installation (the complaint service, when a complaint
 * closes) asks for a "Klagebehandling" code for the complainant. Only a service that proves itself with
 * the internal secret gets here (platform {@code security.internal}); the gateway never routes it.
 */
@Controller("/internal/surveys/{org}/codes")
@Secured(InternalApi.ROLE)
@ExecuteOn(TaskExecutors.BLOCKING)
@Hidden
class InternalCodesController {

    private final Catalogue catalogue;
    private final InternalCodes codes;

    InternalCodesController(Catalogue catalogue, InternalCodes codes) {
        this.catalogue = catalogue;
        this.codes = codes;
    }

    @Post
    MutableHttpResponse<?> request(String org, @Body CodeRequest request, Authentication caller) {
        Organisation organisation = catalogue.require(org);
        InternalCodes.Outcome outcome = codes.request(organisation, caller.getName(), request);
        if (outcome.keyOfAnotherOrganisation()) {
            throw new HttpStatusException(HttpStatus.CONFLICT, "The key was used for another organisation");
        }
        if (!outcome.problems().isEmpty()) {
            Map<String, Object> problem = ProblemJson.of(HttpStatus.BAD_REQUEST, "invalid");
            problem.put("problems", outcome.problems());
            return ProblemJson.response(HttpStatus.BAD_REQUEST, problem);
        }
        return HttpResponse.ok(outcome.code().orElseThrow());
    }
}
