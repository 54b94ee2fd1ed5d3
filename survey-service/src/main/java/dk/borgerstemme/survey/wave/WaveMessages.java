package dk.borgerstemme.survey.wave;

import io.micronaut.context.MessageSource;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.i18n.ResourceBundleMessageSource;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

/** The texts of the wave pages and the invitation letters ({@code i18n/waves_*.properties}). */
@Factory
class WaveMessages {

    @Singleton
    @Named("waves")
    MessageSource waveMessages() {
        return new ResourceBundleMessageSource("i18n.waves");
    }
}
