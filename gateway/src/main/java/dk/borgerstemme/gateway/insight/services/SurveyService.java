package dk.borgerstemme.gateway.insight.services;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.http.uri.UriBuilder;
import jakarta.inject.Singleton;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The survey service as the portal reads it: the organisation's waves and a wave's results.
 *
 * <p>The waves come from {@code GET /api/surveys/{org}/waves}. Until the survey service offers that list
 * (it answers 404), the portal finds the waves by asking for the results of wave ids 1 to
 * {@code borgerstemme.insight.wave-probe-limit}; waves found so carry no dates, and the pages say so.
 */
@Singleton
public class SurveyService {

    private static final Duration PROBED_WAVES_KEPT = Duration.ofMinutes(1);

    private final ServiceCalls calls;
    private final URI base;
    private final int probeLimit;
    private final Clock clock;
    private final Map<String, ProbedWaves> probed = new ConcurrentHashMap<>();

    SurveyService(ServiceCalls calls, @Value("${borgerstemme.services.survey-url}") URI base,
                  @Value("${borgerstemme.insight.wave-probe-limit:30}") int probeLimit, Clock clock) {
        this.calls = calls;
        this.base = base;
        this.probeLimit = probeLimit;
        this.clock = clock;
    }

    /** The waves of the organisation, oldest first. */
    public CompletableFuture<Waves> waves(String org, String token) {
        URI uri = ServiceCalls.resolve(base, "/api/surveys/" + org + "/waves");
        return calls.getText(uri, token).thenCompose(answer -> {
            if (answer.present()) {
                Fetched<List<SurveyWave>> listed = readWaves(uri, answer.value().get());
                return CompletableFuture.completedFuture(listed.present()
                    ? new Waves(sorted(listed.value().get()), true, Fetched.Missing.NONE)
                    : new Waves(List.of(), true, listed.missing()));
            }
            if (answer.missing() == Fetched.Missing.NOT_FOUND) {
                return probe(org, token);
            }
            return CompletableFuture.completedFuture(new Waves(List.of(), true, answer.missing()));
        });
    }

    public CompletableFuture<Fetched<SurveyResults>> results(String org, long wave, String by, @Nullable String unit, String lang, String token) {
        UriBuilder path = UriBuilder.of("/api/surveys/" + org + "/waves/" + wave + "/results").queryParam("by", by).queryParam("lang", lang);
        if (unit != null) {
            path.queryParam("unit", unit);
        }
        return calls.get(ServiceCalls.resolve(base, path.toString()), token, SurveyResults.class);
    }

    private Fetched<List<SurveyWave>> readWaves(URI uri, String text) {
        if (text.stripLeading().startsWith("[")) {
            return calls.parse(uri, text, Argument.listOf(SurveyWave.class));
        }
        return calls.parse(uri, text, Argument.of(SurveyWaveList.class)).map(SurveyWaveList::waves);
    }

    private CompletableFuture<Waves> probe(String org, String token) {
        ProbedWaves kept = probed.get(org);
        Instant now = clock.instant();
        if (kept != null && kept.at().plus(PROBED_WAVES_KEPT).isAfter(now)) {
            return CompletableFuture.completedFuture(new Waves(kept.waves(), false, Fetched.Missing.NONE));
        }
        List<CompletableFuture<Fetched<SurveyResults>>> calls = new ArrayList<>();
        for (long id = 1; id <= probeLimit; id++) {
            calls.add(results(org, id, "area", null, "da", token));
        }
        return CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).thenApply(done -> {
            List<SurveyWave> found = calls.stream().map(CompletableFuture::join)
                .filter(Fetched::present).map(fetched -> fetched.value().get())
                .map(results -> new SurveyWave(results.wave(), results.waveName(), null, null))
                .toList();
            boolean anyUnavailable = calls.stream().map(CompletableFuture::join)
                .anyMatch(fetched -> fetched.missing() == Fetched.Missing.UNAVAILABLE);
            if (anyUnavailable && found.isEmpty()) {
                return new Waves(List.of(), false, Fetched.Missing.UNAVAILABLE);
            }
            probed.put(org, new ProbedWaves(now, sorted(found)));
            return new Waves(sorted(found), false, Fetched.Missing.NONE);
        });
    }

    private static List<SurveyWave> sorted(List<SurveyWave> waves) {
        return waves.stream()
            .sorted(Comparator.comparing((SurveyWave wave) -> wave.opensOn() == null ? java.time.LocalDate.MIN : wave.opensOn())
                .thenComparingLong(SurveyWave::id))
            .toList();
    }

    /**
     * The waves, oldest first. {@code listed} is false when they were found one by one because the
     * survey service has no list yet: then they carry no dates. {@code missing} says why there are none.
     */
    public record Waves(List<SurveyWave> all, boolean listed, Fetched.Missing missing) {

        public boolean available() {
            return missing == Fetched.Missing.NONE;
        }
    }

    private record ProbedWaves(Instant at, List<SurveyWave> waves) {
    }
}
