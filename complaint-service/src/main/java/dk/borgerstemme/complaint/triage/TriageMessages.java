package dk.borgerstemme.complaint.triage;

import io.micronaut.context.MessageSource;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.i18n.ResourceBundleMessageSource;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

/** The texts of the queue, the case page and the handling forms. */
@Factory
class TriageMessages {

    @Singleton
    @Named("triage")
    MessageSource triageMessages() {
        return new ResourceBundleMessageSource("i18n.triage");
    }
}
