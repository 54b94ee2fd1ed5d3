package dk.borgerstemme.platform.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Versions fixed at build time, read from the properties file Maven writes into the jar. */
final class BuildInfo {

    static final String DKFDS_VERSION;
    /** The folder DKFDS is served from under /assets/: its version and our revision of what is served there. */
    static final String DKFDS_PATH;
    static final String ASSETS_VERSION;

    static {
        Properties properties = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream("build.properties")) {
            if (in == null) {
                throw new IllegalStateException("build.properties is missing from the platform jar");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        DKFDS_VERSION = properties.getProperty("dkfds.version");
        DKFDS_PATH = properties.getProperty("dkfds.path");
        ASSETS_VERSION = properties.getProperty("assets.version");
    }

    private BuildInfo() {
    }
}
