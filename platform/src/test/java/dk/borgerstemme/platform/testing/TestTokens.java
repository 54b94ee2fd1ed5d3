package dk.borgerstemme.platform.testing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

/**
 * Tokens as the gateway issues them, signed with a test key that {@link TestGatewayKeys} publishes,
 * and the ways a token can be wrong: expired, forged with another key, from another issuer.
 */
public final class TestTokens {

    public static final String ISSUER = "borgerstemme-gateway";
    private static final RSAKey GATEWAY_KEY = generate("test-gateway-key");
    private static final RSAKey FORGER_KEY = generate("test-gateway-key");

    private TestTokens() {
    }

    public static RSAKey publicKey() {
        return GATEWAY_KEY.toPublicJWK();
    }

    public static String staff(String username, String organisation, List<String> roles, List<String> units, List<String> teams) {
        return sign(GATEWAY_KEY, claims(username, organisation, roles, units, teams, ISSUER, Instant.now().plus(Duration.ofHours(1))));
    }

    public static String expired(String username, String organisation, List<String> roles) {
        return sign(GATEWAY_KEY, claims(username, organisation, roles, List.of(), List.of(), ISSUER, Instant.now().minus(Duration.ofHours(1))));
    }

    public static String forged(String username, String organisation, List<String> roles) {
        return sign(FORGER_KEY, claims(username, organisation, roles, List.of(), List.of(), ISSUER, Instant.now().plus(Duration.ofHours(1))));
    }

    public static String fromOtherIssuer(String username, String organisation, List<String> roles) {
        return sign(GATEWAY_KEY, claims(username, organisation, roles, List.of(), List.of(), "somebody-else", Instant.now().plus(Duration.ofHours(1))));
    }

    private static JWTClaimsSet claims(String username, String organisation, List<String> roles, List<String> units,
                                       List<String> teams, String issuer, Instant expires) {
        return new JWTClaimsSet.Builder()
            .subject(username)
            .issuer(issuer)
            .issueTime(Date.from(expires.minus(Duration.ofHours(2))))
            .notBeforeTime(Date.from(expires.minus(Duration.ofHours(2))))
            .expirationTime(Date.from(expires))
            .claim("roles", roles)
            .claim("org", organisation)
            .claim("name", username)
            .claim("units", units)
            .claim("teams", teams)
            .build();
    }

    private static String sign(RSAKey key, JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).type(JOSEObjectType.JWT).build(), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RSAKey generate(String keyId) {
        try {
            return new RSAKeyGenerator(2048).keyID(keyId).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, Object> jwks() {
        return Map.of("keys", List.of(publicKey().toJSONObject()));
    }
}
