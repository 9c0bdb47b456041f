package io.arorp.env.tls;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.cert.Certificate;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Liberty's serving key store on disk. Liberty polls the file and reloads it, so replacing it changes the served
 * certificate without a restart; the replacement is written beside it and moved into place at once, so Liberty
 * never reads half a file.
 */
public final class KeyStoreFile {
    private final Path location;
    private final char[] password;

    public KeyStoreFile(Path location, char[] password) {
        this.location = location;
        this.password = password.clone();
    }

    /** Replaces the file with {@code store} unless it already serves the same certificate; true if replaced. */
    public boolean install(KeyStore store) throws IOException, GeneralSecurityException {
        String wanted = leafFingerprint(store).orElseThrow(() -> new GeneralSecurityException("no key entry"));
        if (current().filter(wanted::equals).isPresent()) {
            return false;
        }
        Files.createDirectories(location.getParent());
        Path next = Files.createTempFile(location.getParent(), location.getFileName().toString(), ".next");
        try (OutputStream out = Files.newOutputStream(next)) {
            store.store(out, password);
        }
        Files.move(next, location, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return true;
    }

    /** The SHA-256 fingerprint of the certificate the file serves now, if it can be read. */
    public Optional<String> current() {
        if (!Files.exists(location)) {
            return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(location)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            return leafFingerprint(store);
        } catch (IOException | GeneralSecurityException e) {
            return Optional.empty(); // unreadable (another password, a broken file): replace it
        }
    }

    static Optional<String> leafFingerprint(KeyStore store) throws GeneralSecurityException {
        for (String alias : Collections.list(store.aliases())) {
            if (store.isKeyEntry(alias)) {
                Certificate leaf = store.getCertificateChain(alias)[0];
                return Optional.of(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                        .digest(leaf.getEncoded())));
            }
        }
        return Optional.empty();
    }
}
