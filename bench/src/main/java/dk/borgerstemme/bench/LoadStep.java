package dk.borgerstemme.bench;

import java.net.URI;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One closed-loop load step handed to a Gatling simulation, which Gatling instantiates itself: the
 * simulation reads the step from here. Only one step runs at a time.
 */
final class LoadStep {

    private static volatile LoadStep current;

    final URI gateway;
    final int concurrency;
    final Duration duration;
    final String mode;
    final boolean fetchAssets;
    private final Iterator<String> codes;
    private final AtomicLong accepted = new AtomicLong();
    private final AtomicLong codesTaken = new AtomicLong();
    private volatile long startedNanos;
    private volatile long endedNanos;

    LoadStep(URI gateway, int concurrency, Duration duration, String mode, boolean fetchAssets, List<String> codes) {
        this.gateway = gateway;
        this.concurrency = concurrency;
        this.duration = duration;
        this.mode = mode;
        this.fetchAssets = fetchAssets;
        this.codes = codes.iterator();
    }

    static void set(LoadStep step) {
        current = step;
    }

    static LoadStep current() {
        if (current == null) {
            throw new IllegalStateException("No load step set: the simulations run from dk.borgerstemme.bench.Benchmark");
        }
        return current;
    }

    /** A Gatling feeder of fresh codes: each respondent takes the next one. */
    Iterator<Map<String, Object>> codeFeeder() {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                synchronized (codes) {
                    return codes.hasNext();
                }
            }

            @Override
            public Map<String, Object> next() {
                synchronized (codes) {
                    codesTaken.incrementAndGet();
                    return Map.of("code", codes.next());
                }
            }
        };
    }

    void accepted() {
        accepted.incrementAndGet();
    }

    long acceptedCount() {
        return accepted.get();
    }

    long codesTaken() {
        return codesTaken.get();
    }

    void started() {
        startedNanos = System.nanoTime();
    }

    void ended() {
        endedNanos = System.nanoTime();
    }

    /** From the first user's start to the last user's end, drain included. */
    double elapsedSeconds() {
        return (endedNanos - startedNanos) / 1e9;
    }
}
