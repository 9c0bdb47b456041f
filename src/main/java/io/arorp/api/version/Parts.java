package io.arorp.api.version;

/**
 * The external types one customer api-version is made of; a null type means the version lacks that endpoint.
 *
 * @param name the api-version string
 * @param cluster the cluster type and its list type
 * @param credentials builds the listCredentials response
 * @param adminCredentials builds the listAdminCredentials response, or null
 * @param versions the OpenShiftVersion type and its list type, or null
 * @param roleSets the PlatformWorkloadIdentityRoleSet type and its list type, or null
 */
public record Parts(String name, Pair cluster, CredentialsConverter credentials, CredentialsConverter adminCredentials,
        Pair versions, Pair roleSets) {

    /** A resource's external type and the type of a page of them. */
    public record Pair(Class<?> type, Class<?> list) {
    }

    public static Parts of(String name, Class<?> cluster, Class<?> clusterList, CredentialsConverter credentials) {
        return new Parts(name, new Pair(cluster, clusterList), credentials, null, null, null);
    }

    public Parts withAdminCredentials(CredentialsConverter converter) {
        return new Parts(name, cluster, credentials, converter, versions, roleSets);
    }

    public Parts withOpenShiftVersions(Class<?> type, Class<?> list) {
        return new Parts(name, cluster, credentials, adminCredentials, new Pair(type, list), roleSets);
    }

    public Parts withRoleSets(Class<?> type, Class<?> list) {
        return new Parts(name, cluster, credentials, adminCredentials, versions, new Pair(type, list));
    }
}
