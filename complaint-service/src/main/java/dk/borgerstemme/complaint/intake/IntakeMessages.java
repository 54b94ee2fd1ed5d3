package dk.borgerstemme.complaint.intake;

import io.micronaut.context.MessageSource;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.i18n.ResourceBundleMessageSource;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

/** The texts of the intake form, the receipt and the status page. */
@Factory
class IntakeMessages {

    @Singleton
    @Named("intake")
    MessageSource intakeMessages() {
        return new ResourceBundleMessageSource("i18n.intake");
    }
}
