package dk.borgerstemme.platform.web;

import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;
import org.thymeleaf.TemplateEngine;

/** Installs {@link RecordPropertyAccessor} before the template engine renders its first page. */
@Singleton
class RecordsInTemplates implements BeanCreatedEventListener<TemplateEngine> {

    @Override
    public TemplateEngine onCreated(BeanCreatedEvent<TemplateEngine> event) {
        RecordPropertyAccessor.install();
        return event.getBean();
    }
}
