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
 * each with the days it was open) and a wave's results. The portal's waves are those that feed the measurement
 * points: every page that picks "the latest wave" of a period, the waves over time and the wave filter get them from
 * here, so none of them can pick a standing Klagebehandling wave (which has no measurement points).
 */
@Singleton
public class SurveyService {

    private final ServiceCalls calls;
    private final URI base;

    SurveyService(ServiceCalls calls, @Value("${borgerstemme.services.survey-url}") URI base) {
        this.calls = calls;
        this.base = base;
    }

    /** The waves of the organisation the staff member may see that feed the measurement points, oldest first by the day they opened. */
    public CompletableFuture<Waves> waves(String org, String token) {
        // The portal needs the waves and their days only: counting their codes reads every code of every wave.
        URI uri = ServiceCalls.resolve(base, "/api/surveys/" + org + "/waves?counts=false");
        return calls.get(uri, token, Argument.listOf(SurveyWave.class)).thenApply(listed -> listed.present()
            ? Waves.listed(listed.value().get())
            : new Waves(List.of(), listed.missing()));
    }

    public CompletableFuture<Fetched<SurveyResults>> results(String org, long wave, String by, @Nullable String unit, String lang, String token) {
        UriBuilder path = UriBuilder.of("/api/surveys/" + org + "/waves/" + wave + "/results").queryParam("by", by).queryParam("lang", lang);
        if (unit != null) {
            path.queryParam("unit", unit);
        }
        return calls.get(ServiceCalls.resolve(base, path.toString()), token, SurveyResults.class);
    }

    /** The waves that feed the measurement points, oldest first; {@code missing} says why there are none when the list could not be read. */
    public record Waves(List<SurveyWave> all, Fetched.Missing missing) {

        /** The survey service's list as the portal uses it: only the waves that feed the measurement points, ordered by the day they opened. */
        public static Waves listed(List<SurveyWave> listed) {
            return new Waves(listed.stream().filter(SurveyWave::feedsMeasurementPoints)
                .sorted(Comparator.comparing(SurveyWave::opensOn).thenComparingLong(SurveyWave::id)).toList(), Fetched.Missing.NONE);
        }

        public boolean available() {
            return missing == Fetched.Missing.NONE;
        }
    }
}
