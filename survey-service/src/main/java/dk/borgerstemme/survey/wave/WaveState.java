package dk.borgerstemme.survey.wave;

import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;

/** Where a wave is in its life on a given day. */
@Serdeable
public enum WaveState {
    NOT_OPEN_YET("not-open-yet"),
    OPEN("open"),
    ENDED("ended"),
    CLOSED("closed");

    private final String id;

    WaveState(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static WaveState of(Wave wave, LocalDate day) {
        if (wave.closedOn() != null && !day.isBefore(wave.closedOn())) {
            return CLOSED;
        }
        if (day.isAfter(wave.closesOn())) {
            return ENDED;
        }
        return day.isBefore(wave.opensOn()) ? NOT_OPEN_YET : OPEN;
    }
}
