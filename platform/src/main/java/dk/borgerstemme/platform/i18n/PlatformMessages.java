package dk.borgerstemme.platform.i18n;

import io.micronaut.context.MessageSource;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.i18n.ResourceBundleMessageSource;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

/** The texts of the layout and the shared pages; each service adds a bundle of its own. */
@Factory
class PlatformMessages {

    @Singleton
    @Named("platform")
    MessageSource platformMessages() {
        return new ResourceBundleMessageSource("i18n.platform");
    }
}
