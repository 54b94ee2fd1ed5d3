package dk.borgerstemme.bench;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Set;

/**
 * A benchmark sends traffic to this machine only. Gatling, for one, asks Maven Central once a day
 * whether a newer release exists; every connection this JVM opens through Java's URL machinery to
 * a host other than the loopback is sent to a closed local port instead, so it fails at once.
 * (Gatling's virtual users use their own HTTP client and only ever talk to the gateway here.)
 */
final class LocalOnly {

    private static final Set<String> LOCAL = Set.of("localhost", "127.0.0.1", "::1", "[::1]");
    private static final Proxy NOWHERE = new Proxy(Proxy.Type.HTTP, new InetSocketAddress("127.0.0.1", 9));

    private LocalOnly() {
    }

    static void install() {
        ProxySelector.setDefault(new ProxySelector() {
            @Override
            public List<Proxy> select(URI uri) {
                String host = uri.getHost();
                return host != null && (LOCAL.contains(host) || host.startsWith("127.")) ? List.of(Proxy.NO_PROXY) : List.of(NOWHERE);
            }

            @Override
            public void connectFailed(URI uri, SocketAddress address, IOException failure) {
                // Expected for every address that is not on this machine.
            }
        });
    }
}
