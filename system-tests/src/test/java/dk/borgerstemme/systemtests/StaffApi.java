package dk.borgerstemme.systemtests;

import org.openqa.selenium.JavascriptExecutor;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The services' JSON APIs read from a signed-in staff member's browser, with its cookie, as the portal's figures are compared to them. */
final class StaffApi {

    private StaffApi() {
    }

    /** The parsed JSON answer of {@code path}, or {@code {error: …}} when it could not be fetched or read. */
    static Object get(Browser browser, String path) {
        return ((JavascriptExecutor) browser.driver()).executeAsyncScript(
            "const done = arguments[arguments.length - 1];"
                + "fetch(arguments[0], {credentials: 'same-origin', headers: {Accept: 'application/json'}})"
                + ".then(response => response.json()).then(done).catch(error => done({error: String(error)}));", path);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> object(Browser browser, String path) {
        Object result = get(browser, path);
        assertThat(result).as("the answer of %s", path).isInstanceOf(Map.class);
        Map<String, Object> map = (Map<String, Object>) result;
        assertThat(map).doesNotContainKey("error");
        return map;
    }

    /** Slagelse's waves as the wave list API gives them. */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> waves(Browser browser) {
        Object result = get(browser, "/api/surveys/slagelse/waves");
        assertThat(result).as("the wave list").isInstanceOf(List.class);
        List<Map<String, Object>> waves = (List<Map<String, Object>>) result;
        assertThat(waves).isNotEmpty();
        return waves;
    }
}
