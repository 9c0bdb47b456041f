package io.arorp.cluster;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arorp.api.Secret;
import io.arorp.util.json.Jackson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;

/**
 * createOIDC and deleteOIDC of workload-identity clusters. The cluster signs its service account tokens with a key
 * the RP makes once and keeps sealed on the document ({@code clusterProfile.boundServiceAccountSigningKey}); AAD
 * checks those tokens against the discovery document and key set the RP publishes in its OIDC storage under the
 * document id. The directory's URL is the cluster's issuer ({@code clusterProfile.oidcIssuer}).
 */
final class OidcSteps {
    static final String DISCOVERY = ".well-known/openid-configuration";
    static final String JWKS = "openid/v1/jwks";
    private static final ObjectMapper MAPPER = Jackson.newMapper();

    private OidcSteps() {
    }

    static void createOidc(ClusterContext c) throws GeneralSecurityException {
        if (!PlatformIdentities.used(c)) {
            return;
        }
        if (c.properties().getClusterProfile().getBoundServiceAccountSigningKey() == null) {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(4096, new java.security.SecureRandom());
            byte[] pkcs8 = generator.generateKeyPair().getPrivate().getEncoded();
            String pem = "-----BEGIN PRIVATE KEY-----\n" + Base64.getMimeEncoder(64, "\n".getBytes())
                    .encodeToString(pkcs8) + "\n-----END PRIVATE KEY-----\n";
            c.patch(d -> d.getOpenShiftCluster().getProperties().getClusterProfile()
                    .setBoundServiceAccountSigningKey(Secret.of(pem)));
        }
        var oidc = c.env().identity().oidc();
        String directory = c.doc().getId();
        String issuer = oidc.issuerUrl(directory);
        RSAPrivateCrtKey key = privateKey(c.properties().getClusterProfile().getBoundServiceAccountSigningKey());
        oidc.put(directory, DISCOVERY, json(discovery(issuer)));
        oidc.put(directory, JWKS, json(jwks(key)));
        if (!Objects.equals(issuer, c.properties().getClusterProfile().getOidcIssuer())) {
            c.patch(d -> d.getOpenShiftCluster().getProperties().getClusterProfile().setOidcIssuer(issuer));
        }
    }

    static void deleteOidc(ClusterContext c) {
        if (!PlatformIdentities.used(c)) {
            return;
        }
        var oidc = c.env().identity().oidc();
        oidc.delete(c.doc().getId(), DISCOVERY);
        oidc.delete(c.doc().getId(), JWKS);
    }

    static ObjectNode discovery(String issuer) {
        ObjectNode d = MAPPER.createObjectNode().put("issuer", issuer).put("jwks_uri", issuer + "/" + JWKS);
        d.putArray("response_types_supported").add("id_token");
        d.putArray("subject_types_supported").add("public");
        d.putArray("id_token_signing_alg_values_supported").add("RS256");
        return d;
    }

    /** The public half as a JWK; its key id is the kube-apiserver's: base64url of the SHA-256 of the PKIX key. */
    static ObjectNode jwks(RSAPrivateCrtKey key) throws GeneralSecurityException {
        var publicKey = KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(key.getModulus(),
                key.getPublicExponent()));
        Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
        ObjectNode jwks = MAPPER.createObjectNode();
        jwks.putArray("keys").addObject().put("use", "sig").put("kty", "RSA")
                .put("kid", url.encodeToString(MessageDigest.getInstance("SHA-256").digest(publicKey.getEncoded())))
                .put("alg", "RS256").put("n", url.encodeToString(unsigned(key.getModulus())))
                .put("e", url.encodeToString(unsigned(key.getPublicExponent())));
        return jwks;
    }

    static RSAPrivateCrtKey privateKey(Secret pem) throws GeneralSecurityException {
        String base64 = pem.reveal().replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return (RSAPrivateCrtKey) KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(
                Base64.getDecoder().decode(base64)));
    }

    private static byte[] unsigned(BigInteger value) {
        byte[] bytes = value.toByteArray();
        return bytes.length > 1 && bytes[0] == 0 ? Arrays.copyOfRange(bytes, 1, bytes.length) : bytes;
    }

    private static byte[] json(ObjectNode node) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
