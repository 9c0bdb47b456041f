package io.arorp.frontend.action;

import io.arorp.api.CloudException;
import io.arorp.api.OpenShiftCluster;
import io.arorp.api.OpenShiftClusterProperties;
import io.arorp.api.ProvisioningState;
import io.arorp.api.validate.ValidationContext;
import io.arorp.api.version.TreeConverter;
import io.arorp.database.Keys;
import io.arorp.database.OpenShiftClusterDocument;
import io.arorp.database.OpenShiftClusters;
import io.arorp.database.PreconditionFailedException;
import io.arorp.env.Ids;
import io.arorp.frontend.EnabledVersions;
import io.arorp.frontend.check.AzureCreateChecks;
import io.arorp.frontend.check.PlatformWorkloadIdentityCheck;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Turns a PUT or PATCH into the cluster document the backend will act on: the version's converter lays the body over
 * the right base, static validation runs on the external object, and the internal object gets the state change.
 */
@ApplicationScoped
public class ClusterIntent {
    static final String RESOURCE_TYPE = "Microsoft.RedHatOpenShift/openShiftClusters";
    private static final int BUCKETS = 256;

    private OpenShiftClusters clusters;
    private EnabledVersions versions;
    private MaintenanceIntent maintenance;
    private Ids ids;
    private Clock clock;
    private AzureCreateChecks azure;
    private PlatformWorkloadIdentityCheck identities;

    @Inject
    public ClusterIntent(OpenShiftClusters clusters, EnabledVersions versions, MaintenanceIntent maintenance, Ids ids,
            Clock clock, AzureCreateChecks azure, PlatformWorkloadIdentityCheck identities) {
        this.clusters = clusters;
        this.versions = versions;
        this.maintenance = maintenance;
        this.ids = ids;
        this.clock = clock;
        this.azure = azure;
        this.identities = identities;
    }

    protected ClusterIntent() {
    }

    OpenShiftClusterDocument create(String key, ClusterWriteRequest request, ValidationContext context) {
        return create(key, request, context, false);
    }

    /**
     * A preflight runs the static checks, the version and the workload identities like a create, but ARM sends it
     * neither the identity headers nor expects the RP to ask Azure (the original's preflight does not either).
     */
    private OpenShiftClusterDocument create(String key, ClusterWriteRequest request, ValidationContext context,
            boolean preflight) {
        if ("admin".equals(request.version().name())) {
            throw new CloudException(400, "RequestNotAllowed", null, "Admin API does not allow cluster creation.");
        }
        OpenShiftCluster placeholder = new OpenShiftCluster();
        String[] segments = request.resourceId().split("/");
        placeholder.setId(request.resourceId());
        placeholder.setName(segments[segments.length - 1]);
        placeholder.setType(segments[segments.length - 3] + "/" + segments[segments.length - 2]);
        placeholder.setProperties(new OpenShiftClusterProperties());
        placeholder.getProperties().setProvisioningState(ProvisioningState.SUCCEEDED);

        TreeConverter<OpenShiftCluster> converter = request.version().clusters();
        Object external = ExternalDefaults.apply(converter, converter.readRequest(converter.externalNoReadOnly(
                converter.toExternalWithSecrets(placeholder)), request.body()), null);
        String version = requestedOrDefaultVersion(converter, external);
        request.version().clusterValidator().validate(external, null, context.withOpenShiftVersion(version));
        OpenShiftCluster oc = converter.toInternal(external, placeholder);
        restoreIdentity(oc, placeholder);
        oc.setSystemData(SystemDataHeader.merge(null, request.systemDataHeader()));
        WorkloadIdentityHeaders.apply(oc, request, !preflight);

        OpenShiftClusterProperties p = oc.getProperties();
        p.getClusterProfile().setVersion(version);
        if (!preflight) {
            azure.run(Keys.subscriptionOf(key), oc);
        }
        identities.check(oc);
        if (!versions.isEnabled(version)) {
            throw new CloudException(400, "InvalidParameter", "properties.clusterProfile.version",
                    "The requested OpenShift version '" + version + "' is invalid.");
        }
        if (p.getClusterProfile().getResourceGroupId() != null) {
            p.getClusterProfile().setResourceGroupId(p.getClusterProfile().getResourceGroupId().toLowerCase(Locale.ROOT));
        }
        p.setProvisioningState(ProvisioningState.CREATING);
        p.setArchitectureVersion(context.installArchitectureVersion());
        p.setCreatedAt(OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC));
        ClusterDefaults.apply(p);

        OpenShiftClusterDocument doc = new OpenShiftClusterDocument();
        doc.setId(ids.newId());
        doc.setKey(key);
        doc.setOpenShiftCluster(oc);
        doc.setBucket(ThreadLocalRandom.current().nextInt(BUCKETS));
        doc.setClusterResourceGroupIdKey(p.getClusterProfile().getResourceGroupId());
        doc.setClientIdKey(clientIdKey(oc));
        return doc;
    }

    OpenShiftClusterDocument update(OpenShiftClusterDocument doc, ClusterWriteRequest request,
            ValidationContext context) {
        OpenShiftCluster current = doc.getOpenShiftCluster();
        TreeConverter<OpenShiftCluster> converter = request.version().clusters();
        OpenShiftCluster base = request.patch() ? current : PutSkeleton.of(current);
        Object external = ExternalDefaults.apply(converter, converter.readRequest(
                converter.externalNoReadOnly(converter.toExternalWithSecrets(base)), request.body()), current);
        request.version().clusterValidator().validate(external, current,
                context.withOpenShiftVersion(current.getProperties().getClusterProfile() == null ? null
                        : current.getProperties().getClusterProfile().getVersion()));
        ProvisioningState before = current.getProperties().getProvisioningState();
        OpenShiftCluster oc = converter.toInternal(external, current);
        if (!request.patch()) {
            PutSkeleton.replaceMutableMaps(oc, converter.tree(external));
        }
        restoreIdentity(oc, current);
        oc.setSystemData(SystemDataHeader.merge(current.getSystemData(), request.systemDataHeader()));
        WorkloadIdentityHeaders.apply(oc, request, false);
        identities.check(oc);

        OpenShiftClusterProperties p = oc.getProperties();
        if ("admin".equals(request.version().name())) {
            maintenance.apply(p, before);
        } else {
            p.setLastProvisioningState(before);
            p.setProvisioningState(ProvisioningState.UPDATING);
        }
        ClusterDefaults.apply(p);
        doc.setOpenShiftCluster(oc);
        doc.resetDequeues();
        doc.setClientIdKey(clientIdKey(oc));
        return doc;
    }

    /** The checks of a create, for preflight: nothing is written (the document built is dropped). */
    void validateCreate(String key, ClusterWriteRequest request, ValidationContext context) {
        create(key, request, context, true);
    }

    /** The checks of an update (a PUT of the whole resource, as ARM deploys it), for preflight. */
    void validateUpdate(OpenShiftClusterDocument stored, ClusterWriteRequest request, ValidationContext context) {
        update(stored, request, context);
    }

    /** Creates the document; a unique key another cluster holds is the customer's error, named precisely. */
    OpenShiftClusterDocument persistNew(OpenShiftClusterDocument doc) {
        try {
            return clusters.create(doc);
        } catch (PreconditionFailedException e) {
            String subscription = doc.getPartitionKey();
            if (doc.getClientIdKey() != null && !clusters.getByClientId(subscription, doc.getClientIdKey()).isEmpty()) {
                throw new CloudException(400, "DuplicateClientID", null, "The provided service principal with client ID '"
                        + doc.getClientIdKey() + "' is already in use by a cluster.");
            }
            if (doc.getClusterResourceGroupIdKey() != null && !clusters.getByClusterResourceGroupId(subscription,
                    doc.getClusterResourceGroupIdKey()).isEmpty()) {
                throw new CloudException(400, "DuplicateResourceGroup", null, "The provided resource group '"
                        + doc.getClusterResourceGroupIdKey() + "' already contains a cluster.");
            }
            throw e; // the same key was created concurrently: the caller's retry turns this into an update
        }
    }

    private String requestedOrDefaultVersion(TreeConverter<OpenShiftCluster> converter, Object external) {
        String requested = converter.tree(external).path("properties").path("clusterProfile").path("version")
                .asText("");
        if (!requested.isEmpty()) {
            return requested;
        }
        return versions.defaultVersion().orElseThrow(() -> new CloudException(500, "InternalServerError", null,
                "No default OpenShift version is available in this region."));
    }

    /** id, name and type always come from the URL, never from the body. */
    private static void restoreIdentity(OpenShiftCluster oc, OpenShiftCluster from) {
        oc.setId(from.getId());
        oc.setName(from.getName());
        oc.setType(from.getType());
    }

    /** The unique key that stops two clusters sharing a service principal or a cluster managed identity. */
    static String clientIdKey(OpenShiftCluster oc) {
        OpenShiftClusterProperties p = oc.getProperties();
        if (oc.usesWorkloadIdentity() && oc.getIdentity() != null && oc.getIdentity().getUserAssignedIdentities() != null
                && !oc.getIdentity().getUserAssignedIdentities().isEmpty()) {
            return oc.getIdentity().getUserAssignedIdentities().keySet().iterator().next().toLowerCase(Locale.ROOT);
        }
        if (p.getServicePrincipalProfile() != null && p.getServicePrincipalProfile().getClientId() != null) {
            return p.getServicePrincipalProfile().getClientId().toLowerCase(Locale.ROOT);
        }
        return null;
    }
}
