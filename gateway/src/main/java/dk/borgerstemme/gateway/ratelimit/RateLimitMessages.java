package dk.borgerstemme.gateway.ratelimit;

import io.micronaut.context.MessageSource;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.i18n.ResourceBundleMessageSource;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

/** The "too many requests" page's texts, shown through the platform's error page. */
@Factory
class RateLimitMessages {

    @Singleton
    @Named("ratelimit")
    MessageSource rateLimitMessages() {
        return new ResourceBundleMessageSource("i18n.ratelimit");
    }
}
