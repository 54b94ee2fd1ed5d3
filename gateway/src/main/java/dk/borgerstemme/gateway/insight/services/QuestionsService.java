package dk.borgerstemme.gateway.insight.services;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.uri.UriBuilder;
import jakarta.inject.Singleton;

import java.net.URI;
import java.util.concurrent.CompletableFuture;

/** The survey service's questions behind a measurement point, as the point page reads them. */
@Singleton
public class QuestionsService {

    private final ServiceCalls calls;
    private final URI base;

    QuestionsService(ServiceCalls calls, @Value("${borgerstemme.services.survey-url}") URI base) {
        this.calls = calls;
        this.base = base;
    }

    /** Without {@code unit}: the whole organisation for an analyst, a unit leader's own units together. */
    public CompletableFuture<Fetched<SurveyQuestions>> questions(String org, long wave, String point, @Nullable String unit, String lang,
                                                                 String token) {
        UriBuilder path = UriBuilder.of("/api/surveys/" + org + "/waves/" + wave + "/questions").queryParam("point", point).queryParam("lang", lang);
        if (unit != null) {
            path.queryParam("unit", unit);
        }
        return calls.get(ServiceCalls.resolve(base, path.toString()), token, SurveyQuestions.class);
    }
}
