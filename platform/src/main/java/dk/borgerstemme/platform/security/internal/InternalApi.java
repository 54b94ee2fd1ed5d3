package dk.borgerstemme.platform.security.internal;

/**
 * The internal API between services (DESIGN.md, Security): addresses under {@code /internal/} that the
 * gateway never routes and that only another service of the installation may call. A calling service
 * sends {@code Authorization: Bearer <its name>:<the shared secret>}; the service called checks the secret in
 * constant time and lets the caller in as a principal named after it, with the single role {@link #ROLE}.
 */
public final class InternalApi {

    /** The role of a calling service; no staff member ever has it. */
    public static final String ROLE = "SERVICE";
    /** Every internal address starts with this. */
    public static final String PATH_PREFIX = "/internal/";
    /** The setting a service that serves an internal API turns on; it then refuses to start without a secret. */
    public static final String SERVER_ENABLED = "borgerstemme.internal.server.enabled";

    private InternalApi() {
    }

    public static boolean isInternalPath(String path) {
        return path.equals("/internal") || path.startsWith(PATH_PREFIX);
    }
}
