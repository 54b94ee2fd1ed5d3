package dk.borgerstemme.complaint.privacy;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * Where the contact-details keys come from. Configured keys (each by id, and the environment's
 * {@code id:base64} list from the chart's Secret) always win. A service on the embedded database with
 * no key configured makes one on first start and keeps it in a file, so a laptop or a demo needs no
 * set-up and keeps its data readable across restarts; on an external database a missing key stops
 * the start, because a key made on one replica would be unknown to the others.
 */
public final class ContactKeysLoader {

    static final String GENERATED_ID = "local-1";

    private ContactKeysLoader() {
    }

    /**
     * @param configured     keys by id ({@code borgerstemme.complaint.contact-keys.<id>})
     * @param keyList        {@code id:base64} entries separated by commas or white space; may be blank
     * @param currentId      the id new writes use; blank means the only key, else the last of {@code keyList}
     * @param embedded       whether the service runs on its embedded database
     * @param keyFile        where the embedded service keeps the key it made
     */
    public static ContactKeys load(Map<String, String> configured, String keyList, String currentId,
                                   boolean embedded, Path keyFile) {
        Map<String, String> keys = new LinkedHashMap<>();
        if (embedded && Files.exists(keyFile)) {
            keys.putAll(readFile(keyFile));
        }
        keys.putAll(configured);
        String lastListed = null;
        for (String entry : (keyList == null ? "" : keyList).trim().split("[,\\s]+")) {
            if (entry.isEmpty()) {
                continue;
            }
            int colon = entry.indexOf(':');
            if (colon <= 0) {
                throw new IllegalStateException("BORGERSTEMME_ENCRYPTION_KEYS must list keys as <id>:<base64 of 32 bytes>, separated by commas");
            }
            lastListed = entry.substring(0, colon);
            keys.put(lastListed, entry.substring(colon + 1));
        }
        boolean nothingConfigured = configured.isEmpty() && lastListed == null;
        if (nothingConfigured && !embedded) {
            throw new IllegalStateException("No key to encrypt complainants' contact details is configured."
                + " Set BORGERSTEMME_ENCRYPTION_KEYS=<id>:<base64 of 32 random bytes> (the Helm chart's"
                + " complaintService.encryption Secret; make a key with: openssl rand -base64 32), or"
                + " borgerstemme.complaint.contact-keys.<id> with borgerstemme.complaint.contact-key-current=<id>.");
        }
        if (nothingConfigured && keys.isEmpty()) {
            keys.putAll(generateFile(keyFile));
        }
        String current = chooseCurrent(currentId, keys, configured, lastListed);
        return ContactKeys.of(keys, current);
    }

    private static String chooseCurrent(String currentId, Map<String, String> keys, Map<String, String> configured, String lastListed) {
        if (currentId != null && !currentId.isBlank()) {
            return currentId.strip();
        }
        if (lastListed != null) {
            return lastListed;
        }
        if (configured.size() == 1) {
            return configured.keySet().iterator().next();
        }
        if (configured.isEmpty() && keys.size() == 1) {
            return keys.keySet().iterator().next();
        }
        throw new IllegalStateException("Several contact-details keys are configured; name the one new data is encrypted with"
            + " in borgerstemme.complaint.contact-key-current (BORGERSTEMME_ENCRYPTION_KEY_CURRENT)");
    }

    private static Map<String, String> readFile(Path keyFile) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(keyFile, StandardCharsets.ISO_8859_1)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the contact-details key file " + keyFile, e);
        }
        Map<String, String> keys = new LinkedHashMap<>();
        properties.stringPropertyNames().forEach(id -> keys.put(id, properties.getProperty(id)));
        return keys;
    }

    private static Map<String, String> generateFile(Path keyFile) {
        byte[] key = new byte[ContactKeys.KEY_BYTES];
        new SecureRandom().nextBytes(key);
        String base64 = Base64.getEncoder().encodeToString(key);
        Properties properties = new Properties();
        properties.setProperty(GENERATED_ID, base64);
        try {
            Files.createDirectories(keyFile.toAbsolutePath().getParent());
            try (Writer writer = Files.newBufferedWriter(keyFile, StandardCharsets.ISO_8859_1)) {
                properties.store(writer, "The key that encrypts complainants' contact details in this embedded database. Keep it with the data.");
            }
            restrictToOwner(keyFile);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not keep the contact-details key in " + keyFile, e);
        }
        return Map.of(GENERATED_ID, base64);
    }

    private static void restrictToOwner(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException ignored) {
            // A file system without POSIX permissions: nothing more we can do here.
        }
    }
}
