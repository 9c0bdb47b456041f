package io.arorp.frontend.action;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.arorp.api.version.ApiVersion;
import io.arorp.api.version.ApiVersions;
import io.arorp.api.version.CredentialsConverter;
import io.arorp.database.Keys;
import io.arorp.database.OpenShiftClusterDocument;
import io.arorp.database.OpenShiftClusters;
import io.arorp.frontend.error.CloudErrors;
import io.arorp.util.json.Jackson;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.Optional;

/**
 * {@code listCredentials} (kubeadmin) and {@code listAdminCredentials} (user-admin kubeconfig): the only routes that
 * reveal a cluster's secrets, and only while the cluster exists in a usable state.
 */
@ApplicationScoped
public class ListCredentials {
    private final ObjectMapper mapper = Jackson.newMapper();
    private OpenShiftClusters clusters;
    private SubscriptionGate gate;

    @Inject
    public ListCredentials(OpenShiftClusters clusters, SubscriptionGate gate) {
        this.clusters = clusters;
        this.gate = gate;
    }

    protected ListCredentials() {
    }

    public ArmResult run(String resourceId, byte[] body, ApiVersion version, boolean admin) {
        requireJsonIfAny(body);
        Optional<CredentialsConverter> converter = admin ? version.adminCredentials() : version.credentials();
        if (converter.isEmpty()) {
            throw ApiVersions.unknown(version.name(), "Microsoft.RedHatOpenShift", "openShiftClusters");
        }
        String key = Keys.lower(resourceId);
        gate.require(Keys.subscriptionOf(key), SubscriptionGate.WRITE);
        OpenShiftClusterDocument doc = clusters.get(key).orElseThrow(() -> ClusterNotFound.of(resourceId));
        ClusterStates.requireCredentialsAvailable(doc.getOpenShiftCluster());
        return ArmResult.of(200, converter.get().toExternal(doc.getOpenShiftCluster()));
    }

    private void requireJsonIfAny(byte[] body) {
        if (body == null || body.length == 0) {
            return;
        }
        try {
            mapper.readTree(body);
        } catch (IOException e) {
            throw CloudErrors.invalidRequestContent(e.getMessage());
        }
    }
}
