package dk.borgerstemme.survey.results;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.Map;

/** A wave's satisfaction per measurement point and group, with small groups suppressed. */
@Serdeable
record ResultsResponse(long wave, String name, String groupedBy, int minimumGroupSize, List<Point> points) {

    @Serdeable
    record Point(String point, String name, List<Group> groups) {
    }

    /** One group's figures; when suppressed, nothing but the group's name and the flag. */
    @Serdeable
    record Group(String group, boolean suppressed, @Nullable Integer n, @Nullable Integer dontKnow, @Nullable Double mean,
                 @Nullable Double sharePositive, @Nullable Double lower, @Nullable Double upper,
                 @Nullable Map<String, Integer> distribution, @Nullable Double responseRate) {

        static Group suppressed(String group) {
            return new Group(group, true, null, null, null, null, null, null, null, null);
        }

        static Group of(String group, ScaleFigures figures, @Nullable Double responseRate) {
            return new Group(group, false, figures.n(), figures.dontKnow(), finite(figures.mean()), finite(figures.sharePositive()),
                figures.interval().lower(), figures.interval().upper(), figures.distribution(), responseRate);
        }

        private static Double finite(double value) {
            return Double.isNaN(value) ? null : value;
        }
    }
}
