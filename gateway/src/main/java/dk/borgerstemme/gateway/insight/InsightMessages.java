package dk.borgerstemme.gateway.insight;

import io.micronaut.context.MessageSource;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.i18n.ResourceBundleMessageSource;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

@Factory
class InsightMessages {

    static final String NAME = "insight";

    @Singleton
    @Named(NAME)
    MessageSource insightMessages() {
        return new ResourceBundleMessageSource("i18n.insight");
    }
}
