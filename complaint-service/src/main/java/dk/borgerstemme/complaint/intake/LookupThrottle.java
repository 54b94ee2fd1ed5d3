package dk.borgerstemme.complaint.intake;

import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed status look-ups per typed reference, so nobody can guess one case's code from many
 * addresses (the gateway limits each address). Counted for references that do not exist too, so the
 * refusal tells nothing. Kept per replica, in memory: it slows guessing, it is not a ledger.
 */
@Singleton
class LookupThrottle {

    static final int FAILURES_ALLOWED = 10;
    static final Duration WINDOW = Duration.ofMinutes(15);
    private static final int MAX_TRACKED = 100_000;

    private final ConcurrentHashMap<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    LookupThrottle(Clock clock) {
        this.clock = clock;
    }

    boolean allows(String organisation, String reference) {
        Deque<Instant> recent = failures.get(key(organisation, reference));
        if (recent == null) {
            return true;
        }
        synchronized (recent) {
            prune(recent);
            return recent.size() < FAILURES_ALLOWED;
        }
    }

    void failed(String organisation, String reference) {
        if (failures.size() > MAX_TRACKED) {
            failures.clear();
        }
        Deque<Instant> recent = failures.computeIfAbsent(key(organisation, reference), key -> new ArrayDeque<>());
        synchronized (recent) {
            prune(recent);
            recent.addLast(clock.instant());
        }
    }

    private void prune(Deque<Instant> recent) {
        Instant oldest = clock.instant().minus(WINDOW);
        while (!recent.isEmpty() && recent.peekFirst().isBefore(oldest)) {
            recent.removeFirst();
        }
    }

    private static String key(String organisation, String reference) {
        return organisation + "\u0000" + (reference == null ? "" : reference.strip().toUpperCase(Locale.ROOT));
    }
}
