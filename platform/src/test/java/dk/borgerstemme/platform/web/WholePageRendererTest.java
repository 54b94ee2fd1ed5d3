package dk.borgerstemme.platform.web;

import org.junit.jupiter.api.Test;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class WholePageRendererTest {

    private final WholePageRenderer<Map<String, Object>> renderer = renderer();

    private static WholePageRenderer<Map<String, Object>> renderer() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("views/");
        resolver.setSuffix(".html");
        resolver.setCharacterEncoding("UTF-8");
        TemplateEngine engine = new TemplateEngine();
        engine.setTemplateResolver(resolver);
        return new WholePageRenderer<>(resolver, engine, null, null);
    }

    @Test
    void aPageReachesTheResponseInOneWriteWithEveryCharacterIntact() throws IOException {
        Map<String, Object> model = Map.of("faces", List.of("😞", "🙂", "😀"), "question", "Bliver du mødt med respekt – på Åhuset?");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        List<Integer> writes = new ArrayList<>();
        try (Writer response = new CountingWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), writes)) {
            renderer.render("whole-page", model, null).writeTo(response);
        }

        String page = bytes.toString(StandardCharsets.UTF_8);
        assertThat(page).contains("<h1>Bliver du mødt med respekt – på Åhuset?</h1>")
            .contains("<li>😞</li>", "<li>🙂</li>", "<li>😀</li>");
        assertThat(writes).as("characters per write").hasSize(1).first().isEqualTo(page.length());
    }

    /** The response's writer, counting how it is written to. */
    private static final class CountingWriter extends Writer {
        private final Writer out;
        private final List<Integer> writes;

        CountingWriter(Writer out, List<Integer> writes) {
            this.out = out;
            this.writes = writes;
        }

        @Override
        public void write(char[] characters, int offset, int length) throws IOException {
            writes.add(length);
            out.write(characters, offset, length);
        }

        @Override
        public void write(String text, int offset, int length) throws IOException {
            writes.add(length);
            out.write(text, offset, length);
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }
}
