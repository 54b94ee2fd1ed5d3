package dk.borgerstemme.deploy;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class ValuesDocumentationTest {

    private static final Pattern KEY = Pattern.compile("^( *)([A-Za-z][A-Za-z0-9./-]*):(.*)$");

    /**
     * A value is documented by a comment right above it, or above a mapping it belongs to (such as
     * resources); a mapping that only groups values needs none.
     */
    @Test
    void everyValueIsDescribedByACommentInValuesYaml() throws IOException {
        List<String> undocumented = new ArrayList<>();
        Deque<int[]> ancestors = new ArrayDeque<>();
        String previous = "";
        int lineNumber = 0;
        for (String line : Files.readAllLines(HelmChart.CHART.resolve("values.yaml"))) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            Matcher key = KEY.matcher(line);
            if (key.matches()) {
                int indent = key.group(1).length();
                while (!ancestors.isEmpty() && ancestors.peek()[0] >= indent) {
                    ancestors.pop();
                }
                boolean documented = previous.strip().startsWith("#")
                    || ancestors.stream().anyMatch(ancestor -> ancestor[1] == 1);
                boolean leaf = !key.group(3).isBlank();
                if (leaf && !documented) {
                    undocumented.add(lineNumber + ": " + line.strip());
                }
                ancestors.push(new int[] {indent, documented ? 1 : 0});
            }
            previous = line;
        }
        assertThat(undocumented).isEmpty();
    }
}
