package dk.borgerstemme.platform.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The text of a fixture file, changed one exact place at a time so a test shows what it breaks. */
record FixtureText(String text) {

    static final FixtureText MINIMAL_ORGANISATION = of("minimal-organisation.yml");
    static final FixtureText MINIMAL_FRAMEWORK = of("minimal-framework.yml");

    static FixtureText of(String name) {
        String resource = "catalogue-fixtures/" + name;
        try (InputStream in = FixtureText.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("No fixture " + resource);
            }
            return new FixtureText(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces the one occurrence of target; a target that is missing or repeated fails the test early. */
    FixtureText replace(String target, String replacement) {
        int first = text.indexOf(target);
        if (first < 0 || text.indexOf(target, first + 1) >= 0) {
            throw new IllegalArgumentException("The fixture must hold exactly one \"" + target + "\"");
        }
        return new FixtureText(text.substring(0, first) + replacement + text.substring(first + target.length()));
    }

    FixtureText without(String target) {
        return replace(target, "");
    }

    FixtureText with(String appended) {
        return new FixtureText(text + appended);
    }
}
