package dk.borgerstemme.gateway.routing;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.net.URI;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Which addresses go to which service. Citizen and staff pages carry the organisation in the path;
 * the JSON APIs are routed whole. Internal APIs ({@code /internal/**}) are deliberately not routed.
 */
@Factory
class BackendsConfiguration {

    @Singleton
    List<Backend> backends(@Value("${borgerstemme.services.survey-url}") URI survey,
                           @Value("${borgerstemme.services.complaint-url}") URI complaint) {
        return List.of(
            new Backend("survey-service", survey, List.of(
                Pattern.compile("/o/[a-z0-9][a-z0-9-]*/s(/.*)?"),
                Pattern.compile("/api/surveys(/.*)?"))),
            new Backend("complaint-service", complaint, List.of(
                Pattern.compile("/o/[a-z0-9][a-z0-9-]*/klage(/.*)?"),
                Pattern.compile("/api/complaints(/.*)?"))));
    }
}
