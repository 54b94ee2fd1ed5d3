package dk.borgerstemme.systemtests;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

import java.util.List;

import static org.assertj.core.api.Assertions.fail;

/** Checks the page in the browser with axe-core against WCAG 2.2 AA, the level we hold ourselves to. */
final class Accessibility {

    private static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private Accessibility() {
    }

    static void assertNoViolations(Browser browser) {
        String address = browser.driver().getCurrentUrl();
        Results results = new AxeBuilder().withTags(WCAG_22_AA).analyze(browser.driver());
        if (results.isErrored()) {
            fail("axe-core could not check " + address + ": " + results.getErrorMessage());
        }
        if (!results.getViolations().isEmpty()) {
            String report = report(address, results.getViolations());
            System.out.println(report);
            fail(report);
        }
    }

    private static String report(String address, List<Rule> violations) {
        StringBuilder report = new StringBuilder()
            .append(violations.size()).append(" WCAG 2.2 AA violation(s) found by axe-core on ").append(address).append(':');
        for (Rule violation : violations) {
            report.append("\n\n- ").append(violation.getId())
                .append(" (").append(violation.getImpact()).append("): ").append(violation.getHelp())
                .append("\n  ").append(violation.getHelpUrl());
            for (CheckedNode node : violation.getNodes()) {
                report.append("\n  at ").append(node.getTarget())
                    .append("\n     ").append(node.getHtml());
                if (node.getFailureSummary() != null) {
                    report.append("\n     ").append(node.getFailureSummary().replace("\n", "\n     "));
                }
            }
        }
        return report.toString();
    }
}
