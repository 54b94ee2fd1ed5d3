package dk.borgerstemme.platform.time;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.ZoneId;

/** Days begin and end in Denmark: a wave that closes on the 30th is open until midnight in Copenhagen. */
@Factory
class DanishClock {

    static final ZoneId DENMARK = ZoneId.of("Europe/Copenhagen");

    @Singleton
    Clock clock() {
        return Clock.system(DENMARK);
    }
}
