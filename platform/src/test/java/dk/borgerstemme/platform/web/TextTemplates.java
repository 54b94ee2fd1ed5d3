package dk.borgerstemme.platform.web;

import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.StringTemplateResolver;

import java.util.Map;

/** Renders a text-mode template given as a string, for tests of how template expressions are read. */
final class TextTemplates {

    private TextTemplates() {
    }

    static String render(String template, Map<String, Object> model) {
        TemplateEngine engine = new TemplateEngine();
        StringTemplateResolver resolver = new StringTemplateResolver();
        resolver.setTemplateMode(TemplateMode.TEXT);
        engine.setTemplateResolver(resolver);
        Context context = new Context();
        context.setVariables(model);
        return engine.process(template, context);
    }
}
