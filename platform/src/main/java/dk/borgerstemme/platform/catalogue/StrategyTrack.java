package dk.borgerstemme.platform.catalogue;

import java.util.List;

/** A strategy track (strategispor) and the measurement points that follow it. */
public record StrategyTrack(String id, LocalizedText name, List<MeasurementPoint> points) {

    public StrategyTrack {
        points = Lists.copy(points);
    }
}
