package dk.borgerstemme.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The figures of one run: a JSON document and the same figures as markdown tables. */
final class Results {

    private final Map<String, Object> json = new LinkedHashMap<>();
    private final StringBuilder markdown = new StringBuilder();

    Results(String title) {
        markdown.append("# ").append(title).append("\n\n");
    }

    void put(String key, Object value) {
        json.put(key, value);
    }

    void heading(String text) {
        markdown.append("## ").append(text).append("\n\n");
    }

    void paragraph(String text) {
        markdown.append(text).append("\n\n");
    }

    /** A markdown table; cells are formatted with {@link #cell}. */
    void table(List<String> header, List<List<Object>> rows) {
        markdown.append("| ").append(String.join(" | ", header)).append(" |\n");
        markdown.append("|").append(" --- |".repeat(header.size())).append("\n");
        for (List<Object> row : rows) {
            List<String> cells = new ArrayList<>();
            row.forEach(value -> cells.add(cell(value)));
            markdown.append("| ").append(String.join(" | ", cells)).append(" |\n");
        }
        markdown.append("\n");
    }

    static String cell(Object value) {
        if (value instanceof Double number) {
            double abs = Math.abs(number);
            return String.format(Locale.ROOT, abs >= 100 ? "%.0f" : abs >= 10 ? "%.1f" : abs >= 0.01 || abs == 0 ? "%.2f" : "%.4f", number);
        }
        return String.valueOf(value);
    }

    String markdown() {
        return markdown.toString();
    }

    void write(Path json, Path markdownFile) throws IOException {
        Files.createDirectories(json.getParent());
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(json.toFile(), this.json);
        Files.writeString(markdownFile, markdown.toString());
    }
}
