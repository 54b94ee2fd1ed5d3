package dk.borgerstemme.complaint.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** A clock a test sets and moves on, in Danish time like the service's own. */
public final class SettableClock extends Clock {

    public static final ZoneId DENMARK = ZoneId.of("Europe/Copenhagen");

    private volatile Instant now;

    public SettableClock(LocalDateTime start) {
        set(start);
    }

    public void set(LocalDateTime time) {
        now = time.atZone(DENMARK).toInstant();
    }

    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    @Override
    public ZoneId getZone() {
        return DENMARK;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
