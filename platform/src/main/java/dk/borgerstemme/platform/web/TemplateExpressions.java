package dk.borgerstemme.platform.web;

import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;
import org.thymeleaf.TemplateEngine;

/**
 * Installs OGNL's cheaper paths for our templates' expressions, {@link RecordPropertyAccessor} and
 * {@link InterfaceClassCache}, before the template engine renders its first page.
 */
@Singleton
class TemplateExpressions implements BeanCreatedEventListener<TemplateEngine> {

    @Override
    public TemplateEngine onCreated(BeanCreatedEvent<TemplateEngine> event) {
        RecordPropertyAccessor.install();
        InterfaceClassCache.install();
        return event.getBean();
    }
}
