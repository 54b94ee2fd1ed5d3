package dk.borgerstemme.complaint.testing;

import dk.borgerstemme.platform.testing.TestDatabase;

import java.util.HashMap;
import java.util.Map;

/**
 * Properties for a complaint service under test that drives its own schedules: a fresh schema, a
 * random port (8082 may be taken by a running service), and the outbox and retention schedules off.
 */
public final class ServiceUnderTest {

    private ServiceUnderTest() {
    }

    public static Map<String, String> properties() {
        Map<String, String> properties = new HashMap<>(TestDatabase.freshSchema());
        properties.put("micronaut.server.port", "-1");
        properties.put("borgerstemme.outbox.enabled", "false");
        properties.put("borgerstemme.retention.enabled", "false");
        return properties;
    }
}
