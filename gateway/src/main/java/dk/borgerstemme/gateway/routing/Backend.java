package dk.borgerstemme.gateway.routing;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** A service behind the gateway, and the addresses it answers. */
record Backend(String name, URI url, List<Pattern> paths) {

    boolean serves(String path) {
        return paths.stream().anyMatch(pattern -> pattern.matcher(path).matches());
    }

    static Optional<Backend> serving(List<Backend> backends, String path) {
        return backends.stream().filter(backend -> backend.serves(path)).findFirst();
    }
}
