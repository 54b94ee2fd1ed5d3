package dk.borgerstemme.complaint;

import io.micronaut.context.MessageSource;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.i18n.ResourceBundleMessageSource;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

@Factory
class ComplaintMessages {

    @Singleton
    @Named("complaint")
    MessageSource complaintMessages() {
        return new ResourceBundleMessageSource("i18n.complaint");
    }
}
