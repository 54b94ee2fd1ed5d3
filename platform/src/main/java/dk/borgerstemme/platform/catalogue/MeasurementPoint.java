package dk.borgerstemme.platform.catalogue;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One measurement point (målepunkt). The id is a stable key: the wording may change, the id never does.
 * {@code sources} names what this system feeds it from ({@value #SURVEY}, {@value #COMPLAINTS}); a point
 * fed from elsewhere, such as HR data, has none. {@code indicators} are the figures a report shows for the
 * point, in the order of {@link #INDICATORS_OF}: the framework file may name some of its sources' indicators
 * (a point about the number of complaints need not show the complainants' rating of the handling); when it
 * names none, the point shows every indicator of its sources.
 */
public record MeasurementPoint(String id, LocalizedText name, boolean fedBySystem, List<String> sources, List<String> indicators) {

    public static final String SURVEY = "survey";
    public static final String COMPLAINTS = "complaints";

    public static final String SHARE_POSITIVE = "share-positive";
    public static final String COMPLAINTS_PER_100 = "complaints-per-100";
    public static final String ANSWERED_WITHIN_DEADLINE = "answered-within-deadline";
    public static final String CLOSED_WITH_LEARNING = "closed-with-learning";
    public static final String HANDLING_RATING = "handling-rating";

    /** The indicators each source gives, in the order reports show them. */
    public static final Map<String, List<String>> INDICATORS_OF = indicatorsOf();

    public MeasurementPoint {
        sources = Lists.copy(sources);
        indicators = indicators == null || indicators.isEmpty() ? everyIndicatorOf(sources)
            : everyIndicatorOf(sources).stream().filter(indicators::contains).toList();
    }

    /** A point that shows every indicator of its sources. */
    public MeasurementPoint(String id, LocalizedText name, boolean fedBySystem, List<String> sources) {
        this(id, name, fedBySystem, sources, List.of());
    }

    public boolean fedBy(String source) {
        return sources.contains(source);
    }

    public boolean shows(String indicator) {
        return indicators.contains(indicator);
    }

    static List<String> everyIndicatorOf(List<String> sources) {
        return INDICATORS_OF.entrySet().stream().filter(entry -> sources.contains(entry.getKey()))
            .flatMap(entry -> entry.getValue().stream()).toList();
    }

    private static Map<String, List<String>> indicatorsOf() {
        Map<String, List<String>> indicators = new LinkedHashMap<>();
        indicators.put(SURVEY, List.of(SHARE_POSITIVE));
        indicators.put(COMPLAINTS, List.of(COMPLAINTS_PER_100, ANSWERED_WITHIN_DEADLINE, CLOSED_WITH_LEARNING, HANDLING_RATING));
        return Collections.unmodifiableMap(indicators);
    }
}
