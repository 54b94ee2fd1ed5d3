package dk.borgerstemme.complaint.handling;

import io.micronaut.context.MessageSource;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.i18n.ResourceBundleMessageSource;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

/** The texts of case handling: actions, statuses, deadlines and why a move or change is refused. */
@Factory
class HandlingMessages {

    @Singleton
    @Named("handling")
    MessageSource handlingMessages() {
        return new ResourceBundleMessageSource("i18n.handling");
    }
}
