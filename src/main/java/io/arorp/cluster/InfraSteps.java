package io.arorp.cluster;

import io.arorp.api.Install;
import io.arorp.api.InstallPhase;
import io.arorp.api.NetworkProfile;
import io.arorp.api.Secret;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Locale;

/**
 * The names and keys an install fixes once and every later step relies on (infra id, SSH key, storage suffix, MTU),
 * and the install phase bookkeeping. Each writes only when the value is still missing, so a rerun keeps the first one.
 */
final class InfraSteps {
    private static final String SUFFIX_CHARS = "bcdfghjklmnpqrstvwxz2456789";
    private static final int MAX_INFRA_ID = 27;

    private InfraSteps() {
    }

    /** Records when the install started (bootstrap ignition SAS validity) and that it is at phase Bootstrap. */
    static void startInstall(ClusterContext c) {
        if (c.properties().getInstall() == null) {
            OffsetDateTime now = OffsetDateTime.now(c.env().clock()).withOffsetSameInstant(ZoneOffset.UTC);
            c.patch(d -> {
                Install install = new Install();
                install.setNow(now);
                install.setPhase(InstallPhase.BOOTSTRAP);
                d.getOpenShiftCluster().getProperties().setInstall(install);
            });
        }
    }

    /** Lower-cased name, non-alphanumerics as {@code -}, cut so that name + {@code -} + 5 random chars ≤ 27. */
    static void ensureInfraId(ClusterContext c) {
        if (c.properties().getInfraId() != null && !c.properties().getInfraId().isEmpty()) {
            return;
        }
        String base = c.cluster().getName().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "-");
        base = base.substring(0, Math.min(base.length(), MAX_INFRA_ID - 6));
        String infraId = base + "-" + random(c, 5);
        c.patch(d -> d.getOpenShiftCluster().getProperties().setInfraId(infraId));
    }

    static void ensureSshKey(ClusterContext c) throws NoSuchAlgorithmException {
        if (c.properties().getSshKey() != null) {
            return;
        }
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048, new SecureRandom());
        byte[] der = generator.generateKeyPair().getPrivate().getEncoded();
        Secret key = Secret.of("-----BEGIN PRIVATE KEY-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'})
                .encodeToString(der) + "\n-----END PRIVATE KEY-----\n");
        c.patch(d -> d.getOpenShiftCluster().getProperties().setSshKey(key));
    }

    /** 10 random characters; also names the image registry account {@code imageregistry<suffix>}. */
    static void ensureStorageSuffix(ClusterContext c) {
        if (c.properties().getStorageSuffix() != null && !c.properties().getStorageSuffix().isEmpty()) {
            return;
        }
        String suffix = random(c, 10);
        c.patch(d -> {
            d.getOpenShiftCluster().getProperties().setStorageSuffix(suffix);
            d.getOpenShiftCluster().getProperties().setImageRegistryStorageAccountName("imageregistry" + suffix);
        });
    }

    static void populateMtuSize(ClusterContext c) {
        NetworkProfile network = c.properties().getNetworkProfile();
        if (network.getMtuSize() == null) {
            c.patch(d -> d.getOpenShiftCluster().getProperties().getNetworkProfile().setMtuSize(1500));
        }
    }

    /** End of phase Bootstrap: the next worker runs phase RemoveBootstrap. */
    static void nextInstallPhase(ClusterContext c) {
        c.patch(d -> d.getOpenShiftCluster().getProperties().getInstall().setPhase(InstallPhase.REMOVE_BOOTSTRAP));
    }

    /** No install record left means the create succeeded. */
    static void finishInstallation(ClusterContext c) {
        c.patch(d -> d.getOpenShiftCluster().getProperties().setInstall(null));
    }

    private static String random(ClusterContext c, int length) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i++) {
            s.append(SUFFIX_CHARS.charAt(c.env().random().nextInt(SUFFIX_CHARS.length())));
        }
        return s.toString();
    }
}
