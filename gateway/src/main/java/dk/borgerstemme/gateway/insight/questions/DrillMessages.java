package dk.borgerstemme.gateway.insight.questions;

import io.micronaut.context.MessageSource;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.i18n.ResourceBundleMessageSource;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

/** The texts of the questions behind a point and of the latest results on the staff start page. */
@Factory
public class DrillMessages {

    public static final String NAME = "drill";

    @Singleton
    @Named(NAME)
    MessageSource drillMessages() {
        return new ResourceBundleMessageSource("i18n.drill");
    }
}
