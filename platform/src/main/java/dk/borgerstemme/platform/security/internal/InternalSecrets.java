package dk.borgerstemme.platform.security.internal;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.env.Environment;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.util.StringUtils;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The secrets services prove themselves with on the internal API. One shared secret
 * ({@code BORGERSTEMME_INTERNAL_SECRET}) serves every caller; {@code borgerstemme.internal.clients.<caller>}
 * gives one caller a secret of its own instead. A secret made up at start could not be shared between
 * processes, so without a configured secret only the {@code demo} and {@code dev} environments fall back to
 * a fixed development secret; anywhere else asking for the secret is a configuration error that says what
 * to set.
 */
@Singleton
public class InternalSecrets {

    /** Known to everyone who reads this file: only for {@code ./run.sh} and development. */
    public static final String DEVELOPMENT_SECRET = "borgerstemme-development-only-internal-secret";
    static final Set<String> DEVELOPMENT_ENVIRONMENTS = Set.of("demo", Environment.DEVELOPMENT);
    static final Pattern CALLER_NAME = Pattern.compile("[a-z][a-z0-9-]{0,59}");

    private static final Logger LOG = LoggerFactory.getLogger(InternalSecrets.class);

    private final Optional<String> shared;
    private final Map<String, String> perCaller;
    private final boolean developmentFallback;

    InternalSecrets(@Nullable @Value("${borgerstemme.internal.secret:}") String secret,
                    InternalClientSecrets clients,
                    Environment environment) {
        this.perCaller = Map.copyOf(clients.secrets());
        this.developmentFallback = environment.getActiveNames().stream().anyMatch(DEVELOPMENT_ENVIRONMENTS::contains);
        if (StringUtils.hasText(secret)) {
            this.shared = Optional.of(secret.strip());
        } else if (developmentFallback) {
            LOG.warn("No BORGERSTEMME_INTERNAL_SECRET is set; the internal API uses the fixed development secret. Never in production.");
            this.shared = Optional.of(DEVELOPMENT_SECRET);
        } else {
            this.shared = Optional.empty();
        }
    }

    /** Fails with a clear message when no secret at all is configured: what a service serving the internal API checks at start. */
    public void requireConfigured() {
        if (shared.isEmpty() && perCaller.isEmpty()) {
            throw new ConfigurationException("The internal API needs a shared secret: set BORGERSTEMME_INTERNAL_SECRET "
                + "(the same value in every service of the installation; the Helm chart makes it), or give each calling "
                + "service one in borgerstemme.internal.clients.<service name>. Only the demo and dev environments have a "
                + "development default.");
        }
    }

    /** The secret {@code caller} sends. */
    public String secretOf(String caller) {
        String secret = perCaller.get(caller);
        if (secret != null) {
            return secret;
        }
        requireConfigured();
        return shared.orElseThrow(() -> new ConfigurationException("No internal secret for " + caller
            + ": set BORGERSTEMME_INTERNAL_SECRET or borgerstemme.internal.clients." + caller));
    }

    /**
     * The caller a credential ({@code <caller>:<secret>}) proves, if it proves one. The comparison takes
     * the same time however much of the secret is right.
     */
    public Optional<String> callerOf(@Nullable String credential) {
        if (credential == null) {
            return Optional.empty();
        }
        int colon = credential.indexOf(':');
        if (colon < 1) {
            return Optional.empty();
        }
        String caller = credential.substring(0, colon);
        String presented = credential.substring(colon + 1);
        if (!CALLER_NAME.matcher(caller).matches()) {
            return Optional.empty();
        }
        Optional<String> expected = Optional.ofNullable(perCaller.get(caller)).or(() -> shared);
        if (expected.isEmpty()) {
            return Optional.empty();
        }
        return sameSecret(expected.get(), presented) ? Optional.of(caller) : Optional.empty();
    }

    /** Compares digests, so neither the content nor the length of the secret shows in the time taken. */
    static boolean sameSecret(String expected, String presented) {
        return MessageDigest.isEqual(digest(expected), digest(presented));
    }

    private static byte[] digest(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return "InternalSecrets[callers with own secret=" + perCaller.keySet() + "]";
    }
}
