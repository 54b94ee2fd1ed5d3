package dk.borgerstemme.survey.authoring;

import io.micronaut.context.MessageSource;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.i18n.ResourceBundleMessageSource;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

@Factory
class AuthoringMessages {

    @Singleton
    @Named("authoring")
    MessageSource authoringMessages() {
        return new ResourceBundleMessageSource("i18n.authoring");
    }
}
