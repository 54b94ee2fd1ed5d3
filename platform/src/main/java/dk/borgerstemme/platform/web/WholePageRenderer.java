package dk.borgerstemme.platform.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.io.scan.ClassPathResourceLoader;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import io.micronaut.views.thymeleaf.ThymeleafViewsRenderer;
import jakarta.inject.Singleton;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.IContext;
import org.thymeleaf.templateresolver.AbstractConfigurableTemplateResolver;
import org.thymeleaf.util.FastStringWriter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Set;

/**
 * Renders a page whole before writing it. Thymeleaf writes every piece of text and every attribute as it
 * goes; straight into the response's encoding writer, those thousands of small writes each paid the
 * encoder's per-call cost, 7–8 % of the survey service's CPU in the profile (docs/benchmarks.md). Written
 * once, as one array, the page is encoded in one pass of the encoder's fast loop.
 */
@Singleton
@Replaces(ThymeleafViewsRenderer.class)
class WholePageRenderer<T> extends ThymeleafViewsRenderer<T> {

    /** Large enough for the survey and staff pages, so the buffer seldom grows while a page is rendered. */
    private static final int PAGE_CHARACTERS = 16 * 1024;

    WholePageRenderer(AbstractConfigurableTemplateResolver templateResolver, TemplateEngine templateEngine,
                      ClassPathResourceLoader resourceLoader, HttpLocaleResolver httpLocaleResolver) {
        super(templateResolver, templateEngine, resourceLoader, httpLocaleResolver);
    }

    @Override
    public void render(String viewName, Set<String> fragmentSelectors, IContext context, Writer writer) {
        FastStringWriter page = new FastStringWriter(PAGE_CHARACTERS);
        super.render(viewName, fragmentSelectors, context, page);
        // As an array: the encoder's fast loop needs its input backed by one, which a String is not.
        try {
            writer.write(page.toString().toCharArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
