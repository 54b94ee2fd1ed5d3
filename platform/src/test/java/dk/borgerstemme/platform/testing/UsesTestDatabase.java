package dk.borgerstemme.platform.testing;

import io.micronaut.test.support.TestPropertyProvider;

import java.util.Map;

/**
 * For a {@code @MicronautTest(transactional = false)} class with {@code @TestInstance(PER_CLASS)}:
 * the application under test gets a fresh schema of its own on the shared test database server.
 */
public interface UsesTestDatabase extends TestPropertyProvider {

    @Override
    default Map<String, String> getProperties() {
        return TestDatabase.freshSchema();
    }
}
