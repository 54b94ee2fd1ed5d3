package dk.borgerstemme.survey.results;

import io.micronaut.context.MessageSource;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.i18n.ResourceBundleMessageSource;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

import java.util.Locale;

@Factory
class ResultsMessages {

    static final String NAME = "results";

    @Singleton
    @Named(NAME)
    MessageSource resultsMessages() {
        return new ResourceBundleMessageSource("i18n.results");
    }

    /** A text of the results bundle in the locale; {0}, {1}, … are replaced by the arguments' text. */
    static String text(MessageSource messages, String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, locale, arguments).orElseThrow(() -> new IllegalStateException("No text " + key));
    }
}
