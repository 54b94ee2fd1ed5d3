package dk.borgerstemme.platform.catalogue;

import java.util.List;

/**
 * One measurement point (målepunkt). The id is a stable key: the wording may change, the id never does.
 * {@code sources} names what this system feeds it from ({@value #SURVEY}, {@value #COMPLAINTS}); a point
 * fed from elsewhere, such as HR data, has none.
 */
public record MeasurementPoint(String id, LocalizedText name, boolean fedBySystem, List<String> sources) {

    public static final String SURVEY = "survey";
    public static final String COMPLAINTS = "complaints";

    public MeasurementPoint {
        sources = Lists.copy(sources);
    }

    public boolean fedBy(String source) {
        return sources.contains(source);
    }
}
