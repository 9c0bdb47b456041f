package io.arorp.api.version;

import io.arorp.api.CloudException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Every api-version bean in the deployment, by name; adding a version is adding a bean, nothing here changes. */
@ApplicationScoped
public class ApiVersions {
    private final Map<String, ApiVersion> byName;

    @Inject
    public ApiVersions(Instance<ApiVersion> versions) {
        this(versions.stream().toList());
    }

    /** For tests and tools that build versions without a container. */
    public ApiVersions(Iterable<ApiVersion> versions) {
        Map<String, ApiVersion> m = new LinkedHashMap<>();
        for (ApiVersion v : versions) {
            if (m.put(v.name(), v) != null) {
                throw new IllegalStateException("api-version " + v.name() + " registered twice");
            }
        }
        this.byName = Map.copyOf(m);
    }

    /** CDI needs a no-argument constructor for the client proxy of a normal-scoped bean. */
    protected ApiVersions() {
        this.byName = Map.of();
    }

    public Optional<ApiVersion> find(String apiVersion) {
        return Optional.ofNullable(apiVersion == null ? null : byName.get(apiVersion));
    }

    /**
     * The version, or the 400 ARM expects for an unknown one. {@code namespace} and {@code resourceType} are as the
     * request spelled them, e.g. {@code Microsoft.RedHatOpenShift} and {@code openShiftClusters}.
     */
    public ApiVersion get(String apiVersion, String namespace, String resourceType) {
        return find(apiVersion).orElseThrow(() -> unknown(apiVersion, namespace, resourceType));
    }

    public static CloudException unknown(String apiVersion, String namespace, String resourceType) {
        return new CloudException(400, "InvalidResourceType", null, "The resource type '" + resourceType
                + "' could not be found in the namespace '" + namespace + "' for api version '" + apiVersion + "'.");
    }

    public Set<String> names() {
        return new TreeSet<>(byName.keySet());
    }
}
