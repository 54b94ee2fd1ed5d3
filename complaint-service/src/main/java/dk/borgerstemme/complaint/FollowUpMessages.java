package dk.borgerstemme.complaint;

import io.micronaut.context.MessageSource;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.i18n.ResourceBundleMessageSource;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

/** The texts of complaint follow-up: survey e-mail, actions, "I sagde, vi gjorde". */
@Factory
class FollowUpMessages {

    @Singleton
    @Named("followup")
    MessageSource followUpMessages() {
        return new ResourceBundleMessageSource("i18n.followup");
    }
}
