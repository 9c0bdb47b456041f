package io.arorp.env.azure;

import io.arorp.api.Secret;
import io.arorp.env.kube.Pem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.util.Base64;
import java.util.Collections;

/**
 * The RP's serving certificate from its service vault (the original's secret {@code rp-server}): a Key Vault
 * certificate's secret, PKCS#12 (base64, no password) or a PEM bundle of key and chain, whichever content type the
 * certificate was made with. Read into a PKCS#12 key store with one entry, as Liberty's key store wants it.
 */
public final class VaultServingCertificate {
    static final String ALIAS = "default";
    private final VaultSecrets vault;
    private final String secretName;

    public VaultServingCertificate(VaultSecrets vault, String secretName) {
        this.vault = vault;
        this.secretName = secretName;
    }

    /** The current version as a key store protected by {@code password}. */
    public KeyStore read(char[] password) {
        VaultSecrets.Value value = vault.value(secretName, null);
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            if ("application/x-pem-file".equals(value.contentType())) {
                Pem.KeyAndChain pem = Pem.keyAndChain(Secret.of(value.value()));
                store.setKeyEntry(ALIAS, pem.key(), password, pem.chain().toArray(new Certificate[0]));
            } else {
                KeyStore pkcs12 = KeyStore.getInstance("PKCS12");
                pkcs12.load(new ByteArrayInputStream(Base64.getMimeDecoder().decode(value.value())), new char[0]);
                String alias = Collections.list(pkcs12.aliases()).stream().filter(a -> isKey(pkcs12, a)).findFirst()
                        .orElseThrow(() -> new IOException("the PKCS#12 holds no private key"));
                store.setKeyEntry(ALIAS, (PrivateKey) pkcs12.getKey(alias, new char[0]), password,
                        pkcs12.getCertificateChain(alias));
            }
            return store;
        } catch (IOException | GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("Key Vault secret " + secretName + " in " + vault.uri()
                    + " is not a certificate with its private key: " + e.getMessage(), e);
        }
    }

    private static boolean isKey(KeyStore store, String alias) {
        try {
            return store.isKeyEntry(alias);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}
