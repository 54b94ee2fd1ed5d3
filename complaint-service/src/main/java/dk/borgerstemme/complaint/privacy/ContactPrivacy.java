package dk.borgerstemme.complaint.privacy;

import dk.borgerstemme.platform.db.DataServiceLauncher;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.convert.format.MapFormat;
import io.micronaut.core.naming.conventions.StringConvention;
import jakarta.inject.Singleton;

import java.nio.file.Path;
import java.util.Map;

/** Wires the contact-details keys; created at start, so a service without a usable key does not start. */
@Factory
class ContactPrivacy {

    @Context
    ContactKeys contactKeys(
        @Property(name = "borgerstemme.complaint.contact-keys")
        @MapFormat(transformation = MapFormat.MapTransformation.FLAT, keyFormat = StringConvention.RAW) Map<String, String> configured,
        @Value("${borgerstemme.complaint.contact-key-list:}") String keyList,
        @Value("${borgerstemme.complaint.contact-key-current:}") String currentId,
        @Value("${" + DataServiceLauncher.EMBEDDED_PROPERTY + ":false}") boolean embedded,
        @Value("${borgerstemme.data-dir:data}") String dataDir) {
        return ContactKeysLoader.load(configured == null ? Map.of() : configured, keyList, currentId, embedded,
            Path.of(dataDir, "complaint-service-keys", "contact-keys.properties"));
    }

    @Singleton
    ContactCipher contactCipher(ContactKeys keys) {
        return new ContactCipher(keys);
    }
}
