package dk.borgerstemme.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;

/** A gateway under test: its own data directory, and backends at addresses where nothing listens. */
public final class GatewayTestProperties {

    private GatewayTestProperties() {
    }

    public static Map<String, String> withBackendsDown() {
        return Map.of(
            "borgerstemme.data-dir", Path.of("target", "gateway-test-data").toString(),
            "borgerstemme.services.survey-url", "http://127.0.0.1:" + closedPort(),
            "borgerstemme.services.complaint-url", "http://127.0.0.1:" + closedPort(),
            // Every test request comes from 127.0.0.1; the rate limits have tests of their own (ratelimit).
            "borgerstemme.rate-limit.enabled", "false");
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
