package dk.borgerstemme.gateway.portal;

import io.micronaut.context.MessageSource;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.i18n.ResourceBundleMessageSource;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

@Factory
class GatewayMessages {

    @Singleton
    @Named("gateway")
    MessageSource gatewayMessages() {
        return new ResourceBundleMessageSource("i18n.gateway");
    }
}
