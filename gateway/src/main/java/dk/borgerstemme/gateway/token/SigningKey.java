package dk.borgerstemme.gateway.token;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import java.util.Optional;

/**
 * The RSA key the gateway signs staff tokens with. In production it comes from a Kubernetes Secret
 * (a PKCS#8 PEM); locally it is made on first start and kept in the data directory, so a restart
 * does not sign everybody out.
 */
public final class SigningKey {

    private static final String PEM_BEGIN = "-----BEGIN PRIVATE KEY-----";
    private static final String PEM_END = "-----END PRIVATE KEY-----";

    private final RSAKey jwk;

    private SigningKey(RSAPrivateCrtKey privateKey) {
        try {
            RSAPublicKey publicKey = (RSAPublicKey) KeyFactory.getInstance("RSA")
                .generatePublic(new RSAPublicKeySpec(privateKey.getModulus(), privateKey.getPublicExponent()));
            RSAKey withoutId = new RSAKey.Builder(publicKey).privateKey(privateKey).build();
            this.jwk = new RSAKey.Builder(publicKey)
                .privateKey(privateKey)
                .keyUse(KeyUse.SIGNATURE)
                .algorithm(JWSAlgorithm.RS256)
                .keyID(withoutId.computeThumbprint().toString())
                .build();
        } catch (GeneralSecurityException | JOSEException e) {
            throw new IllegalStateException("The token signing key is not a usable RSA key", e);
        }
    }

    /** The configured PEM if there is one, else the key kept in {@code keyFile}, made there if missing. */
    public static SigningKey load(Optional<String> configuredPem, Path keyFile) {
        if (configuredPem.isPresent() && !configuredPem.get().isBlank()) {
            return fromPem(configuredPem.get());
        }
        try {
            if (Files.exists(keyFile)) {
                return fromPem(Files.readString(keyFile, StandardCharsets.US_ASCII));
            }
            String pem = generatePem();
            Files.createDirectories(keyFile.toAbsolutePath().getParent());
            Files.writeString(keyFile, pem, StandardCharsets.US_ASCII);
            restrictToOwner(keyFile);
            return fromPem(pem);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not keep the token signing key in " + keyFile, e);
        }
    }

    static SigningKey fromPem(String pem) {
        String base64 = pem.replace(PEM_BEGIN, "").replace(PEM_END, "").replaceAll("\\s", "");
        try {
            byte[] der = Base64.getDecoder().decode(base64);
            return new SigningKey((RSAPrivateCrtKey) KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der)));
        } catch (IllegalArgumentException | GeneralSecurityException | ClassCastException e) {
            throw new IllegalStateException("The token signing key must be an RSA private key in PKCS#8 PEM form", e);
        }
    }

    static String generatePem() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(3072);
            KeyPair pair = generator.generateKeyPair();
            String base64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(pair.getPrivate().getEncoded());
            return PEM_BEGIN + "\n" + base64 + "\n" + PEM_END + "\n";
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void restrictToOwner(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException ignored) {
            // A file system without POSIX permissions: nothing more we can do here.
        }
    }

    /** The key pair with its id, for signing. */
    public RSAKey jwk() {
        return jwk;
    }

    /** Only the public half, as the JWKS publishes it. */
    public RSAKey publicJwk() {
        return jwk.toPublicJWK();
    }
}
