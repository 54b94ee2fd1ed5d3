package dk.borgerstemme.bench;

import java.util.HashMap;
import java.util.Map;

/**
 * Settings the services get for a benchmark run: whatever the caller put in environment variables
 * that start with {@code BENCH_SERVICE_ENV_} is passed on without the prefix (for example
 * {@code BENCH_SERVICE_ENV_BORGERSTEMME_INTAKE_MINIMUM_FILL_SECONDS=0}).
 */
final class BenchEnvironment {

    static final String PREFIX = "BENCH_SERVICE_ENV_";

    private BenchEnvironment() {
    }

    static Map<String, String> forServices() {
        Map<String, String> passed = new HashMap<>();
        System.getenv().forEach((name, value) -> {
            if (name.startsWith(PREFIX)) {
                passed.put(name.substring(PREFIX.length()), value);
            }
        });
        return passed;
    }
}
