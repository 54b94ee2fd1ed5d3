package dk.borgerstemme.gateway.insight.halfyear;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import io.micronaut.core.io.Writable;
import io.micronaut.http.HttpRequest;
import io.micronaut.views.ViewsRenderer;
import jakarta.inject.Singleton;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The half-year status as a tagged PDF (PDF/UA): rendered from the same model as the page through an
 * XHTML view, by openhtmltopdf with its accessibility mode on. That mode tags headings, tables (with
 * their header cells) and images (with their alternative text), and writes the title and the language
 * of the document; it needs every glyph from an embedded font, hence DejaVu Sans shipped in the jar.
 */
@Singleton
class HalfYearPdf {

    static final String FONT_FAMILY = "DejaVu Sans";

    private final ViewsRenderer<Map<String, Object>, HttpRequest<?>> views;

    HalfYearPdf(ViewsRenderer<Map<String, Object>, HttpRequest<?>> views) {
        this.views = views;
    }

    byte[] render(HalfYearStatus status, HttpRequest<?> request) {
        String xhtml = xhtml(status, request);
        try (ByteArrayOutputStream pdf = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessibility(true);
            builder.withProducer("Borgerstemme");
            builder.useFont(() -> font("DejaVuSans.ttf"), FONT_FAMILY, 400, BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(() -> font("DejaVuSans-Bold.ttf"), FONT_FAMILY, 700, BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.withHtmlContent(xhtml, "/");
            builder.toStream(pdf);
            builder.run();
            return pdf.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not make the half-year status PDF", e);
        }
    }

    private String xhtml(HalfYearStatus status, HttpRequest<?> request) {
        Writable writable = views.render("insight/halfyear-pdf", Map.of("status", status), request);
        StringWriter out = new StringWriter();
        try {
            writable.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static InputStream font(String file) {
        InputStream font = HalfYearPdf.class.getResourceAsStream("/fonts/" + file);
        if (font == null) {
            throw new IllegalStateException("Font " + file + " is missing from the jar");
        }
        return font;
    }
}
