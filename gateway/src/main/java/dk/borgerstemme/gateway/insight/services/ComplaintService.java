package dk.borgerstemme.gateway.insight.services;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.uri.UriBuilder;
import jakarta.inject.Singleton;

import java.net.URI;
import java.util.concurrent.CompletableFuture;

/** The complaint service as the portal reads it: figures per period and the staff member's workload. */
@Singleton
public class ComplaintService {

    private final ServiceCalls calls;
    private final URI base;

    ComplaintService(ServiceCalls calls, @Value("${borgerstemme.services.complaint-url}") URI base) {
        this.calls = calls;
        this.base = base;
    }

    public CompletableFuture<Fetched<ComplaintFigures>> figures(String org, String period, String by, @Nullable String unit,
                                                               String lang, String token) {
        UriBuilder path = UriBuilder.of("/api/complaints/" + org + "/figures")
            .queryParam("period", period).queryParam("by", by).queryParam("lang", lang);
        if (unit != null) {
            path.queryParam("unit", unit);
        }
        return calls.get(ServiceCalls.resolve(base, path.toString()), token, ComplaintFigures.class);
    }

    public CompletableFuture<Fetched<Workload>> workload(String org, String token) {
        return calls.get(ServiceCalls.resolve(base, "/api/complaints/" + org + "/workload"), token, Workload.class);
    }
}
