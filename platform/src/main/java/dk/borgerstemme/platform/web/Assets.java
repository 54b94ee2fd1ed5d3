package dk.borgerstemme.platform.web;

/**
 * Where the static assets live. Every path carries a version, so a browser may keep a file for a year:
 * a new release changes the path, never the content behind an old one.
 */
public final class Assets {

    public static final String ROOT = "/assets/";
    public static final String DKFDS = ROOT + BuildInfo.DKFDS_PATH;
    public static final String APP = ROOT + "app-" + BuildInfo.ASSETS_VERSION;

    private Assets() {
    }

    static boolean isVersioned(String path) {
        return path.startsWith(DKFDS + "/") || path.startsWith(APP + "/");
    }
}
