package dk.borgerstemme.gateway.ratelimit;

import io.micronaut.http.HttpRequest;

import java.net.InetSocketAddress;

/**
 * The address a request came from. Behind a proxy that we trust (the Kubernetes ingress), that is the
 * first address of {@code X-Forwarded-For}, which the proxy sets; otherwise the header is the client's
 * own word, so it is ignored and the connection's remote address counts.
 */
final class ClientAddress {

    private ClientAddress() {
    }

    static String of(HttpRequest<?> request, boolean trustForwardedFor) {
        if (trustForwardedFor) {
            String forwarded = request.getHeaders().get("X-Forwarded-For");
            if (forwarded != null) {
                String first = forwarded.split(",")[0].trim();
                if (!first.isEmpty()) {
                    return first;
                }
            }
        }
        InetSocketAddress remote = request.getRemoteAddress();
        return remote.getAddress() != null ? remote.getAddress().getHostAddress() : remote.getHostString();
    }
}
