package io.zhucan.platform.testing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.PlainHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A token issuer shaped like the platform's Keycloak realm: RSA-signed JWTs with
 * {@code realm_access.roles}, the {@code region}, {@code person_id} and {@code id_number_hash}
 * claims and the API audience.
 * Its public key is served as a real JWKS (and an OpenID discovery document) over HTTP, so services
 * under test validate tokens through their production path, not a mocked decoder.
 */
public final class TestJwtIssuer {

    public static final String REALM_PATH = "/realms/zhucan";
    public static final String AUDIENCE = "zhucan-api";
    /**
     * The key the tests' realm hashes verified ID numbers with ({@code zhucan.security.id-number-hash-key}
     * of every service under test, set by {@link PlatformTestInfrastructure}).
     */
    public static final String ID_NUMBER_HASH_KEY = "test-id-number-hash-key-0123456789";

    private final RSAKey signingKey = newKey();
    private final RSAKey strangerKey = newKey();
    private final HttpServer server;

    TestJwtIssuer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String jwks = new JWKSet(signingKey.toPublicJWK()).toString();
        server.createContext(REALM_PATH + "/protocol/openid-connect/certs", exchange -> respond(exchange, jwks));
        server.createContext(REALM_PATH + "/.well-known/openid-configuration", exchange -> respond(exchange, """
                {"issuer":"%s","jwks_uri":"%s","id_token_signing_alg_values_supported":["RS256"],
                 "subject_types_supported":["public"],"response_types_supported":["code"]}"""
                .formatted(issuer(), jwkSetUri())));
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(0), "test-jwt-issuer-stop"));
    }

    public String issuer() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + REALM_PATH;
    }

    public String jwkSetUri() {
        return issuer() + "/protocol/openid-connect/certs";
    }

    /** A staff member (caseworker, assessor, reviewer, operator, analyst) scoped to a region. */
    public Token staff(String username, String region, String... roles) {
        return new Token(username).roles(roles).region(region).client("backoffice");
    }

    /** A citizen using the mobile app; the token carries their person id. */
    public Token citizen(String username, UUID personId) {
        return new Token(username).roles("citizen").personId(personId).client("mobile-app");
    }

    /** A real-name verified citizen: the token carries their person id and the keyed hash of their ID number. */
    public Token citizen(String username, UUID personId, String verifiedIdNumber) {
        return citizen(username, personId).verifiedIdNumber(verifiedIdNumber);
    }

    /** A partner department's system (client-credentials grant). */
    public Token partner(String clientId) {
        return new Token("service-account-" + clientId).roles("partner").client(clientId);
    }

    public Token user(String username) {
        return new Token(username);
    }

    private static void respond(HttpExchange exchange, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        try (var out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /** What the realm's real-name verification stores for an ID number (hex HMAC-SHA256 under the shared key). */
    public static String idNumberHash(String idNumber) {
        return idNumberHash(ID_NUMBER_HASH_KEY, idNumber);
    }

    /** The same under another key (a realm's, e.g. the demo realm's in the end-to-end tests). */
    public static String idNumberHash(String key, String idNumber) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(idNumber.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private static RSAKey newKey() {
        try {
            return new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE).keyID(UUID.randomUUID().toString()).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private enum Forgery {
        NONE,
        ALG_NONE,
        HMAC_WITH_PUBLIC_KEY,
        STRANGER_WITH_REALM_KID
    }

    /** Builder of one signed access token. */
    public final class Token {

        private final String username;
        private final List<String> roles = new ArrayList<>();
        private final Map<String, Object> extraClaims = new LinkedHashMap<>();
        private String clientId = "backoffice";
        private String audience = AUDIENCE;
        private String issuer = TestJwtIssuer.this.issuer();
        private Duration lifetime = Duration.ofMinutes(5);
        private boolean signedByStranger;
        private Forgery forgery = Forgery.NONE;

        private Token(String username) {
            this.username = username;
        }

        public Token roles(String... more) {
            roles.addAll(List.of(more));
            return this;
        }

        public Token region(String countyCode) {
            return claim("region", countyCode);
        }

        public Token personId(UUID personId) {
            return claim("person_id", personId.toString());
        }

        /** The {@code id_number_hash} claim: HMAC-SHA256 of the verified ID number, as the realm puts it. */
        public Token verifiedIdNumber(String idNumber) {
            return claim("id_number_hash", idNumberHash(idNumber));
        }

        public Token client(String id) {
            this.clientId = id;
            return this;
        }

        public Token audience(String aud) {
            this.audience = aud;
            return this;
        }

        public Token issuer(String iss) {
            this.issuer = iss;
            return this;
        }

        public Token claim(String name, Object value) {
            extraClaims.put(name, value);
            return this;
        }

        /** A token that expired a minute ago. */
        public Token expired() {
            this.lifetime = Duration.ofMinutes(-1);
            return this;
        }

        /** Signed with a key the realm does not publish: a forged token. */
        public Token signedByStranger() {
            this.signedByStranger = true;
            return this;
        }

        /** Not signed at all: {@code alg=none} with the realm's key id (an old library bug accepted these). */
        public Token unsigned() {
            this.forgery = Forgery.ALG_NONE;
            return this;
        }

        /** HS256 with the realm's public key as the HMAC secret (the algorithm-confusion attack). */
        public Token hmacWithThePublicKey() {
            this.forgery = Forgery.HMAC_WITH_PUBLIC_KEY;
            return this;
        }

        /** Signed with a key the realm does not publish, under the key id of the realm's own key. */
        public Token signedByStrangerWithTheRealmsKeyId() {
            this.forgery = Forgery.STRANGER_WITH_REALM_KID;
            return this;
        }

        public String jwt() {
            Instant now = Instant.now();
            JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                    .issuer(issuer)
                    .subject(UUID.nameUUIDFromBytes(username.getBytes(StandardCharsets.UTF_8)).toString())
                    .audience(audience)
                    .issueTime(Date.from(now.minusSeconds(5)))
                    .expirationTime(Date.from(now.plus(lifetime)))
                    .jwtID(UUID.randomUUID().toString())
                    .claim("azp", clientId)
                    .claim("preferred_username", username)
                    .claim("realm_access", Map.of("roles", List.copyOf(roles)));
            extraClaims.forEach(claims::claim);
            try {
                return switch (forgery) {
                    case ALG_NONE -> new PlainJWT(new PlainHeader.Builder().customParam("kid", signingKey.getKeyID()).build(),
                            claims.build()).serialize();
                    case HMAC_WITH_PUBLIC_KEY -> sign(claims.build(), JWSAlgorithm.HS256, signingKey.getKeyID(),
                            new MACSigner(signingKey.toRSAPublicKey().getEncoded()));
                    case STRANGER_WITH_REALM_KID -> sign(claims.build(), JWSAlgorithm.RS256, signingKey.getKeyID(),
                            new RSASSASigner(strangerKey));
                    case NONE -> {
                        RSAKey key = signedByStranger ? strangerKey : signingKey;
                        yield sign(claims.build(), JWSAlgorithm.RS256, key.getKeyID(), new RSASSASigner(key));
                    }
                };
            } catch (JOSEException e) {
                throw new IllegalStateException(e);
            }
        }

        private static String sign(JWTClaimsSet claims, JWSAlgorithm algorithm, String keyId, JWSSigner signer)
                throws JOSEException {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(algorithm).keyID(keyId).build(), claims);
            jwt.sign(signer);
            return jwt.serialize();
        }

        /** The value of an {@code Authorization} header. */
        public String bearer() {
            return "Bearer " + jwt();
        }
    }
}
