package dk.borgerstemme.survey.results;

import io.micronaut.context.MessageSource;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.i18n.ResourceBundleMessageSource;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

import java.text.MessageFormat;
import java.util.Locale;

@Factory
class ResultsMessages {

    static final String NAME = "results";

    @Singleton
    @Named(NAME)
    MessageSource resultsMessages() {
        return new ResourceBundleMessageSource("i18n.results");
    }

    /** A text of the results bundle in the locale, with {@link MessageFormat} arguments. */
    static String text(MessageSource messages, String key, Locale locale, Object... arguments) {
        String pattern = messages.getMessage(key, locale).orElseThrow(() -> new IllegalStateException("No text " + key));
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }
}
