package dk.borgerstemme.platform.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.Map;

/**
 * For tests of a service's staff routes: the service under test listens on a free port and takes the
 * gateway's keys from {@link TestGatewayKeys} on that port, so tokens from {@link TestTokens} verify.
 */
public final class StaffTokenTestSupport {

    static final String ENABLED = "borgerstemme.test.gateway-keys";

    private StaffTokenTestSupport() {
    }

    public static Map<String, String> properties() {
        int port = freePort();
        Map<String, String> properties = new HashMap<>(TestDatabase.freshSchema());
        properties.put("micronaut.server.port", String.valueOf(port));
        properties.put(ENABLED, "true");
        properties.put("micronaut.http.client.follow-redirects", "false");
        properties.put("micronaut.security.token.jwt.signatures.jwks.gateway.url", "http://localhost:" + port + "/test-gateway-keys");
        return properties;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
