package dk.borgerstemme.platform.web;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RecordPropertyAccessorTest {

    /** Package-private, as the records in controllers are. */
    record Option(String label, boolean checked, Nested nested) {
        public String shout() {
            return label.toUpperCase();
        }
    }

    record Nested(int number) {
    }

    private static String render(String template, Map<String, Object> model) {
        RecordPropertyAccessor.install();
        return TextTemplates.render(template, model);
    }

    @Test
    void templatesReadRecordComponentsNestedRecordsAndOtherMethodsAsBefore() {
        String out = render("[# th:each=\"o : ${options}\"][(${o.label})]/[(${o.checked})]/[(${o.nested.number})]/[(${o.shout})];[/]",
            Map.of("options", List.of(new Option("ja", true, new Nested(1)), new Option("nej", false, new Nested(2)))));

        assertThat(out).isEqualTo("ja/true/1/JA;nej/false/2/NEJ;");
    }

    @Test
    void anUnknownPropertyStillFailsAsItDidWithoutTheAccessor() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> render("[(${o.missing})]", Map.of("o", new Nested(3))))
            .hasStackTraceContaining("missing");
    }
}
