package dk.borgerstemme.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/** Samples the resident memory of every process twice a second while load runs, keeping the highest. */
final class RssSampler implements AutoCloseable {

    private final SystemUnderTest system;
    private final Map<String, Double> peak = new LinkedHashMap<>();
    private final Thread thread;
    private volatile boolean running = true;

    RssSampler(SystemUnderTest system) {
        this.system = system;
        this.thread = new Thread(this::sample, "bench-rss-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    private void sample() {
        while (running) {
            Map<String, Double> now = system.rss();
            synchronized (peak) {
                now.forEach((process, megabytes) -> peak.merge(process, megabytes, Math::max));
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    Map<String, Double> peak() {
        synchronized (peak) {
            return new LinkedHashMap<>(peak);
        }
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
