package dk.borgerstemme.deploy;

import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The values the chart cannot default: the image registry, the public host and every secret. Each
 * secret is freshly random, so a test can tell a value that came from here from one that came from
 * values.yaml.
 */
record RequiredValues(Path file, List<String> secrets) {

    static final String REGISTRY = "registry.example.org/borgerstemme";
    static final String HOST = "borgerstemme.example.org";

    static RequiredValues writtenTo(Path directory) {
        String jwtPrivateKey = pkcs8PrivateKeyPem();
        String surveyUser = "survey_" + random(4);
        String surveyPassword = random(24);
        String complaintUser = "complaint_" + random(4);
        String complaintPassword = random(24);
        String encryptionKeys = "k1:" + random(32);

        Map<String, Object> values = new LinkedHashMap<>();
        values.put("image", Map.of("registry", REGISTRY));
        values.put("gateway", Map.of(
            "jwt", Map.of("privateKey", jwtPrivateKey),
            "ingress", Map.of("host", HOST)));
        values.put("surveyService", Map.of(
            "database", Map.of("username", surveyUser, "password", surveyPassword)));
        values.put("complaintService", Map.of(
            "database", Map.of("username", complaintUser, "password", complaintPassword),
            "encryption", Map.of("keys", encryptionKeys)));

        Path file = directory.resolve("required-values.yaml");
        HelmChart.writeYaml(values, file);
        return new RequiredValues(file, List.of(jwtPrivateKey, surveyUser, surveyPassword, complaintUser, complaintPassword, encryptionKeys));
    }

    private static String random(int bytes) {
        byte[] random = new byte[bytes];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    private static String pkcs8PrivateKeyPem() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            byte[] pkcs8 = generator.generateKeyPair().getPrivate().getEncoded();
            return "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(pkcs8)
                + "\n-----END PRIVATE KEY-----\n";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
