package io.arorp.backend;

import io.arorp.api.ManagedServiceIdentity;
import io.arorp.api.ManagedServiceIdentityType;
import io.arorp.api.OpenShiftCluster;
import io.arorp.api.PlatformWorkloadIdentity;
import io.arorp.api.PlatformWorkloadIdentityProfile;
import io.arorp.api.PlatformWorkloadIdentityRole;
import io.arorp.api.PlatformWorkloadIdentityRoleSet;
import io.arorp.api.PlatformWorkloadIdentityRoleSetProperties;
import io.arorp.api.SecretLocation;
import io.arorp.api.UserAssignedIdentity;
import io.arorp.database.OpenShiftClusterDocument;
import io.arorp.database.PlatformWorkloadIdentityRoleSetDocument;
import io.arorp.database.PlatformWorkloadIdentityRoleSets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Workload-identity clusters for backend tests: the role set of 4.15 (two operators, one service account and a
 * secret {@code openshift-<operator>/azure-credentials} each) and a
 * create shaped as the frontend writes one (no service principal; a cluster identity with ARM's identity URL; one
 * platform identity per operator, in the customer's identity resource group).
 */
public final class WorkloadIdentityClusters {
    public static final List<String> OPERATORS = List.of("cloud-controller-manager", "ingress");
    public static final String IDENTITY_GROUP = "/subscriptions/" + BackendFixture.SUBSCRIPTION
            + "/resourceGroups/identities/providers/Microsoft.ManagedIdentity/userAssignedIdentities/";

    private WorkloadIdentityClusters() {
    }

    /** The service account of an operator's role. */
    public static String serviceAccount(String operator) {
        return "system:serviceaccount:openshift-" + operator + ":" + operator;
    }

    public static String clusterIdentity(String name) {
        return IDENTITY_GROUP + name + "-msi";
    }

    public static String platformIdentity(String name, String operator) {
        return IDENTITY_GROUP + name + "-" + operator;
    }

    public static void seedRoleSet(BackendFixture f) {
        seedRoleSet(f, "4.15", OPERATORS);
    }

    /** A role set of {@code minor} ("4.16") with a role (service account and secret as above) per operator. */
    public static void seedRoleSet(BackendFixture f, String minor, List<String> operators) {
        PlatformWorkloadIdentityRoleSetProperties p = new PlatformWorkloadIdentityRoleSetProperties();
        p.setOpenShiftVersion(minor);
        p.setPlatformWorkloadIdentityRoles(operators.stream().map(o -> {
            PlatformWorkloadIdentityRole role = new PlatformWorkloadIdentityRole();
            role.setOperatorName(o);
            role.setRoleDefinitionName("Azure Red Hat OpenShift " + o);
            role.setRoleDefinitionId("/providers/Microsoft.Authorization/roleDefinitions/" + roleGuid(o));
            role.setServiceAccounts(List.of(serviceAccount(o)));
            SecretLocation secret = new SecretLocation();
            secret.setNamespace("openshift-" + o);
            secret.setName("azure-credentials");
            role.setSecretLocation(secret);
            return role;
        }).toList());
        PlatformWorkloadIdentityRoleSet set = new PlatformWorkloadIdentityRoleSet();
        set.setName(minor);
        set.setProperties(p);
        PlatformWorkloadIdentityRoleSetDocument doc = new PlatformWorkloadIdentityRoleSetDocument();
        doc.setId(UUID.randomUUID().toString());
        doc.setPlatformWorkloadIdentityRoleSet(set);
        new PlatformWorkloadIdentityRoleSets(f.store, f.codec).create(doc);
    }

    public static String roleGuid(String operator) {
        return UUID.nameUUIDFromBytes(operator.getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString();
    }

    /** Turns the fixture's service-principal create into a workload-identity one. */
    public static Consumer<OpenShiftClusterDocument> shape(String name) {
        return doc -> {
            OpenShiftCluster oc = doc.getOpenShiftCluster();
            oc.getProperties().setServicePrincipalProfile(null);
            ManagedServiceIdentity identity = new ManagedServiceIdentity();
            identity.setType(ManagedServiceIdentityType.USER_ASSIGNED);
            identity.setIdentityURL("https://control-eastus.identity.azure.net/subscriptions/"
                    + BackendFixture.SUBSCRIPTION + "/credentials?tid=t&oid=o&aid=a");
            identity.setTenantId(BackendFixture.TENANT);
            identity.setUserAssignedIdentities(new LinkedHashMap<>(Map.of(clusterIdentity(name),
                    new UserAssignedIdentity())));
            oc.setIdentity(identity);
            PlatformWorkloadIdentityProfile profile = new PlatformWorkloadIdentityProfile();
            Map<String, PlatformWorkloadIdentity> identities = new LinkedHashMap<>();
            for (String operator : OPERATORS) {
                PlatformWorkloadIdentity pwi = new PlatformWorkloadIdentity();
                pwi.setResourceId(platformIdentity(name, operator));
                identities.put(operator, pwi);
            }
            profile.setPlatformWorkloadIdentities(identities);
            oc.getProperties().setPlatformWorkloadIdentityProfile(profile);
            doc.setClientIdKey(clusterIdentity(name).toLowerCase());
        };
    }
}
