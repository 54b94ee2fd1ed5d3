package dk.borgerstemme.gateway.token;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.token.jwt.endpoints.JwkProvider;
import io.micronaut.security.token.jwt.signature.SignatureGeneratorConfiguration;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Signs staff tokens with RS256 and publishes the public key at {@code /keys}, where every service
 * fetches it. The key id travels in each token's header so keys can be rotated.
 */
@Factory
class TokenSigning {

    @Singleton
    SigningKey signingKey(@Nullable @Value("${borgerstemme.jwt.private-key:}") String configuredPem,
                          @Value("${borgerstemme.data-dir:data}") String dataDir) {
        return SigningKey.load(Optional.ofNullable(configuredPem), Path.of(dataDir, "gateway", "jwt-signing-key.pem"));
    }

    @Singleton
    @Named("generator")
    SignatureGeneratorConfiguration generator(SigningKey key) {
        return new SignatureGeneratorConfiguration() {
            @Override
            public SignedJWT sign(JWTClaimsSet claims) throws JOSEException {
                JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256)
                    .keyID(key.jwk().getKeyID())
                    .type(JOSEObjectType.JWT)
                    .build();
                SignedJWT jwt = new SignedJWT(header, claims);
                jwt.sign(new RSASSASigner(key.jwk()));
                return jwt;
            }

            @Override
            public String supportedAlgorithmsMessage() {
                return "Only RS256 is supported";
            }

            @Override
            public boolean supports(JWSAlgorithm algorithm) {
                return JWSAlgorithm.RS256.equals(algorithm);
            }

            @Override
            public boolean verify(SignedJWT jwt) throws JOSEException {
                return jwt.verify(new RSASSAVerifier(key.publicJwk()));
            }
        };
    }

    @Singleton
    JwkProvider publishedKey(SigningKey key) {
        return () -> List.<JWK>of(key.publicJwk());
    }
}
