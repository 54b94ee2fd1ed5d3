package dk.borgerstemme.survey;

import io.micronaut.context.MessageSource;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.i18n.ResourceBundleMessageSource;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

@Factory
class SurveyMessages {

    @Singleton
    @Named("survey")
    MessageSource surveyMessages() {
        return new ResourceBundleMessageSource("i18n.survey");
    }
}
