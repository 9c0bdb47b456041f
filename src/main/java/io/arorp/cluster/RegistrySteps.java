package io.arorp.cluster;

import io.arorp.api.RegistryProfile;
import io.arorp.api.Secret;
import io.arorp.env.cloud.ContainerRegistry;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The cluster's token in the RP's registry (ensureACRToken, rotateACRTokenPassword, the delete's token removal). The
 * profile (registry name, token name) is written before the token is made and the password as soon as it is issued,
 * so a worker that takes over resumes with the same token instead of leaving one behind.
 */
final class RegistrySteps {
    private RegistrySteps() {
    }

    static void ensureAcrToken(ClusterContext c) {
        ContainerRegistry registry = c.env().cloud().registry();
        if (profile(c) == null) {
            String username = "token-" + new UUID(c.env().random().nextLong(), c.env().random().nextLong());
            c.patch(d -> {
                List<RegistryProfile> profiles = new ArrayList<>(d.getOpenShiftCluster().getProperties()
                        .getRegistryProfiles() == null ? List.of()
                                : d.getOpenShiftCluster().getProperties().getRegistryProfiles());
                RegistryProfile profile = new RegistryProfile();
                profile.setName(registry.loginServer());
                profile.setUsername(username);
                profiles.add(profile);
                d.getOpenShiftCluster().getProperties().setRegistryProfiles(profiles);
            });
        }
        if (profile(c).getPassword() == null) {
            storePassword(c, registry.issuePassword(profile(c).getUsername()));
        }
    }

    /** Update: a new password for an existing token (clusters from before tokens existed have none). */
    static void rotateAcrTokenPassword(ClusterContext c) {
        RegistryProfile profile = profile(c);
        if (profile != null) {
            storePassword(c, c.env().cloud().registry().issuePassword(profile.getUsername()));
        }
    }

    static void deleteAcrToken(ClusterContext c) {
        RegistryProfile profile = profile(c);
        if (profile != null) {
            c.env().cloud().registry().deleteToken(profile.getUsername());
        }
    }

    private static void storePassword(ClusterContext c, Secret password) {
        OffsetDateTime now = OffsetDateTime.now(c.env().clock()).withOffsetSameInstant(ZoneOffset.UTC);
        String name = c.env().cloud().registry().loginServer();
        c.patch(d -> d.getOpenShiftCluster().getProperties().getRegistryProfiles().stream()
                .filter(p -> name.equalsIgnoreCase(p.getName())).forEach(p -> {
                    p.setPassword(password);
                    p.setIssueDate(now);
                }));
    }

    private static RegistryProfile profile(ClusterContext c) {
        List<RegistryProfile> profiles = c.properties().getRegistryProfiles();
        String name = c.env().cloud().registry().loginServer();
        return profiles == null ? null
                : profiles.stream().filter(p -> name.equalsIgnoreCase(p.getName())).findFirst().orElse(null);
    }
}
