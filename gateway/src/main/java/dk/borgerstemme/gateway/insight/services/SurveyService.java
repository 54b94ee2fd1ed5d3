package dk.borgerstemme.gateway.insight.services;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.http.uri.UriBuilder;
import jakarta.inject.Singleton;

import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The survey service as the portal reads it: the organisation's waves ({@code GET /api/surveys/{org}/waves},
 * each with the days it was open) and a wave's results.
 */
@Singleton
public class SurveyService {

    private final ServiceCalls calls;
    private final URI base;

    SurveyService(ServiceCalls calls, @Value("${borgerstemme.services.survey-url}") URI base) {
        this.calls = calls;
        this.base = base;
    }

    /** The waves of the organisation the staff member may see, oldest first by the day they opened. */
    public CompletableFuture<Waves> waves(String org, String token) {
        // The portal needs the waves and their days only: counting their codes reads every code of every wave.
        URI uri = ServiceCalls.resolve(base, "/api/surveys/" + org + "/waves?counts=false");
        return calls.get(uri, token, Argument.listOf(SurveyWave.class)).thenApply(listed -> listed.present()
            ? new Waves(sorted(listed.value().get()), Fetched.Missing.NONE)
            : new Waves(List.of(), listed.missing()));
    }

    public CompletableFuture<Fetched<SurveyResults>> results(String org, long wave, String by, @Nullable String unit, String lang, String token) {
        UriBuilder path = UriBuilder.of("/api/surveys/" + org + "/waves/" + wave + "/results").queryParam("by", by).queryParam("lang", lang);
        if (unit != null) {
            path.queryParam("unit", unit);
        }
        return calls.get(ServiceCalls.resolve(base, path.toString()), token, SurveyResults.class);
    }

    private static List<SurveyWave> sorted(List<SurveyWave> waves) {
        return waves.stream().sorted(Comparator.comparing(SurveyWave::opensOn).thenComparingLong(SurveyWave::id)).toList();
    }

    /** The waves, oldest first; {@code missing} says why there are none when the list could not be read. */
    public record Waves(List<SurveyWave> all, Fetched.Missing missing) {

        public boolean available() {
            return missing == Fetched.Missing.NONE;
        }
    }
}
