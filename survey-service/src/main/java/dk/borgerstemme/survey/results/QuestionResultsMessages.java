package dk.borgerstemme.survey.results;

import io.micronaut.context.MessageSource;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.i18n.ResourceBundleMessageSource;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

@Factory
class QuestionResultsMessages {

    static final String NAME = "question-results";

    @Singleton
    @Named(NAME)
    MessageSource questionResultsMessages() {
        return new ResourceBundleMessageSource("i18n.questionresults");
    }
}
