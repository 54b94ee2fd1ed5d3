package dk.borgerstemme.platform.catalogue;

import java.util.List;
import java.util.Optional;

/** An organisation's measurement-point framework: its strategy tracks and their measurement points. */
public record Framework(String id, LocalizedText name, List<StrategyTrack> tracks) {

    public Framework {
        tracks = Lists.copy(tracks);
    }

    public List<MeasurementPoint> points() {
        return tracks.stream().flatMap(track -> track.points().stream()).toList();
    }

    public Optional<MeasurementPoint> point(String id) {
        return points().stream().filter(point -> point.id().equals(id)).findFirst();
    }

    public Optional<StrategyTrack> trackOf(String pointId) {
        return tracks.stream()
            .filter(track -> track.points().stream().anyMatch(point -> point.id().equals(pointId)))
            .findFirst();
    }
}
