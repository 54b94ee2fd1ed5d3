package dk.borgerstemme.platform.catalogue;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads and checks one framework file ({@code frameworks/<id>.yml}). */
final class FrameworkReader {

    private static final String[] SOURCES = {MeasurementPoint.SURVEY, MeasurementPoint.COMPLAINTS};

    private FrameworkReader() {
    }

    /** The framework, or empty when the file has problems (they are added to {@code problems}). */
    static Optional<Framework> read(SourceFile file, Problems problems) {
        int problemsBefore = problems.count();
        Optional<Framework> framework = YamlDocument.parse(file, problems)
            .flatMap(root -> root.mapping("id", "name", "tracks"))
            .map(root -> framework(root, file));
        return problems.count() == problemsBefore ? framework : Optional.empty();
    }

    private static Framework framework(YamlMapping root, SourceFile file) {
        // Tracks and points share one set of ids, so a report can key on an id without knowing which it is.
        IdRegister ids = new IdRegister("track or measurement point");
        String id = root.required("id")
            .flatMap(node -> node.id().filter(found -> matchesFileName(node, found, file)))
            .orElse(null);
        LocalizedText name = root.required("name").flatMap(YamlNode::localizedText).orElse(null);
        List<StrategyTrack> tracks = root.required("tracks").flatMap(node -> node.nonEmptyList("track")).orElse(List.of())
            .stream()
            .flatMap(track -> track(track, ids).stream())
            .toList();
        return new Framework(id, name, tracks);
    }

    static boolean matchesFileName(YamlNode idNode, String id, SourceFile file) {
        if (!id.equals(file.baseName())) {
            idNode.problem("must be " + file.baseName() + " to match the file name " + file.name() + ", was " + id);
            return false;
        }
        return true;
    }

    private static Optional<StrategyTrack> track(YamlNode node, IdRegister ids) {
        return node.mapping("id", "name", "points").map(track -> {
            String id = track.required("id").flatMap(ids::register).orElse(null);
            LocalizedText name = track.required("name").flatMap(YamlNode::localizedText).orElse(null);
            List<MeasurementPoint> points = track.optional("points").flatMap(YamlNode::list).orElse(List.of())
                .stream()
                .flatMap(point -> point(point, ids).stream())
                .toList();
            return new StrategyTrack(id, name, points);
        });
    }

    private static Optional<MeasurementPoint> point(YamlNode node, IdRegister ids) {
        return node.mapping("id", "name", "sources", "indicators").map(point -> {
            String id = point.required("id").flatMap(ids::register).orElse(null);
            LocalizedText name = point.required("name").flatMap(YamlNode::localizedText).orElse(null);
            List<String> sources = point.optional("sources").map(FrameworkReader::sources).orElse(List.of());
            List<String> indicators = point.optional("indicators").map(found -> indicators(found, sources)).orElse(List.of());
            return new MeasurementPoint(id, name, !sources.isEmpty(), sources, indicators);
        });
    }

    /** The indicators a point names: each one of its sources' indicators, and at least one of every source it has. */
    private static List<String> indicators(YamlNode node, List<String> sources) {
        String[] known = MeasurementPoint.everyIndicatorOf(sources).toArray(String[]::new);
        if (known.length == 0) {
            node.problem("needs sources to choose indicators from; leave indicators out for a point fed from elsewhere");
            return List.of();
        }
        Set<String> indicators = new LinkedHashSet<>();
        node.nonEmptyList("indicator").orElse(List.of()).forEach(element -> element.oneOf(known, indicator -> indicator).ifPresent(indicator -> {
            if (!indicators.add(indicator)) {
                element.problem("lists " + indicator + " twice");
            }
        }));
        if (!indicators.isEmpty()) {
            sources.stream().filter(source -> MeasurementPoint.INDICATORS_OF.get(source).stream().noneMatch(indicators::contains))
                .forEach(source -> node.problem("names no indicator of source " + source + "; add one of "
                    + String.join(", ", MeasurementPoint.INDICATORS_OF.get(source)) + " or remove " + source + " from sources"));
        }
        return List.copyOf(indicators);
    }

    private static List<String> sources(YamlNode node) {
        Set<String> sources = new LinkedHashSet<>();
        node.list().orElse(List.of()).forEach(element -> element.oneOf(SOURCES, source -> source).ifPresent(source -> {
            if (!sources.add(source)) {
                element.problem("lists " + source + " twice");
            }
        }));
        return List.copyOf(sources);
    }
}
