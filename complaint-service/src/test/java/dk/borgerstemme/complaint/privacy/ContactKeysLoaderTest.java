package dk.borgerstemme.complaint.privacy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ContactKeysLoaderTest {

    private static final ContactDetails DETAILS = new ContactDetails("Ida", "ida@example.org", null, null, PreferredChannel.EMAIL);

    @TempDir
    Path dataDir;

    @Test
    void onTheEmbeddedDatabaseAKeyIsMadeOnceAndKeptAcrossRestarts() throws Exception {
        Path keyFile = dataDir.resolve("complaint-service-keys/contact-keys.properties");

        ContactKeys first = ContactKeysLoader.load(Map.of(), "", "", true, keyFile);
        SealedContact sealed = new ContactCipher(first).seal(DETAILS, "slagelse", "K-2026-000001");
        ContactKeys afterRestart = ContactKeysLoader.load(Map.of(), "", "", true, keyFile);

        assertThat(Files.exists(keyFile)).isTrue();
        assertThat(new ContactCipher(afterRestart).open(sealed, "slagelse", "K-2026-000001")).isEqualTo(DETAILS);
    }

    @Test
    void onTheEmbeddedDatabaseTheMadeKeyStillDecryptsAfterAKeyIsConfigured() {
        Path keyFile = dataDir.resolve("keys.properties");
        SealedContact old = new ContactCipher(ContactKeysLoader.load(Map.of(), "", "", true, keyFile)).seal(DETAILS, "slagelse", "K-1");

        ContactKeys configured = ContactKeysLoader.load(Map.of(), "k7:" + ContactCipherTest.randomKey(), "", true, keyFile);

        assertThat(configured.currentId()).isEqualTo("k7");
        assertThat(new ContactCipher(configured).open(old, "slagelse", "K-1")).isEqualTo(DETAILS);
    }

    @Test
    void onAnExternalDatabaseWithoutAKeyTheServiceRefusesToStartAndSaysWhatToSet() {
        assertThatThrownBy(() -> ContactKeysLoader.load(Map.of(), " ", "", false, dataDir.resolve("keys.properties")))
            .isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("BORGERSTEMME_ENCRYPTION_KEYS")
            .hasMessageContaining("openssl rand -base64 32");
        assertThat(dataDir.resolve("keys.properties")).doesNotExist();
    }

    @Test
    void theSecretsListNamesKeysByIdAndTheLastListedIsCurrent() {
        String list = "k1:" + ContactCipherTest.randomKey() + ", k2:" + ContactCipherTest.randomKey();

        assertThat(ContactKeysLoader.load(Map.of(), list, "", false, dataDir.resolve("x")).currentId()).isEqualTo("k2");
        assertThat(ContactKeysLoader.load(Map.of(), list, "k1", false, dataDir.resolve("x")).currentId()).isEqualTo("k1");
        assertThatThrownBy(() -> ContactKeysLoader.load(Map.of(), "k1" + ContactCipherTest.randomKey(), "", false, dataDir.resolve("x")))
            .hasMessageContaining("<id>:<base64");
    }

    @Test
    void severalKeysByIdNeedTheCurrentOneNamed() {
        Map<String, String> two = Map.of("a", ContactCipherTest.randomKey(), "b", ContactCipherTest.randomKey());

        assertThatThrownBy(() -> ContactKeysLoader.load(two, "", "", false, dataDir.resolve("x")))
            .hasMessageContaining("contact-key-current");
        assertThat(ContactKeysLoader.load(two, "", "b", false, dataDir.resolve("x")).currentId()).isEqualTo("b");
    }
}
