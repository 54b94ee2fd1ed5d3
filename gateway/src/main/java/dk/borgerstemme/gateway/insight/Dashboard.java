package dk.borgerstemme.gateway.insight;

import java.util.List;

/** The dashboard as the view renders it: filters with their options, notices, and every point of the framework. */
public record Dashboard(
    String periodId,
    String periodLabel,
    String halfYearId,
    String scopeText,
    String filterQuery,
    List<OptionGroup> periodOptions,
    List<Option> areaOptions,
    List<Option> unitOptions,
    List<Option> roleOptions,
    List<String> notices,
    List<Track> tracks) {

    public record Option(String value, String label, boolean selected) {
    }

    public record OptionGroup(String label, List<Option> options) {
    }

    public record Track(String id, String name, List<Point> points) {
    }

    public record Point(String id, String name, boolean fedBySystem, List<Reading> readings, String detailUrl) {

        public boolean notLikeForLike() {
            return readings.stream().anyMatch(Reading::notLikeForLike);
        }
    }
}
