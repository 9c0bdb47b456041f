package io.arorp.env.sim.cluster.bridge;

import java.util.Arrays;
import java.util.List;

/**
 * The parts of a Kubernetes API path a Status body names: group, resource (plural) and object name. Paths are
 * {@code /api/v1[/namespaces/{ns}]/{plural}[/{name}[/{subresource}]]} or the same under {@code /apis/{group}/{version}}.
 *
 * @param group API group, empty for the core group
 * @param version API version, or {@code null} for paths outside {@code /api} and {@code /apis}
 * @param resource plural resource name, or {@code null} for discovery paths
 * @param name object name, or {@code null} for collection paths
 */
record ApiPath(String group, String version, String resource, String name) {

    static ApiPath parse(String path) {
        List<String> segments = Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).toList();
        int start;
        String group;
        if (segments.size() >= 2 && segments.get(0).equals("api")) {
            group = "";
            start = 2;
        } else if (segments.size() >= 3 && segments.get(0).equals("apis")) {
            group = segments.get(1);
            start = 3;
        } else {
            return new ApiPath("", null, null, null);
        }
        String version = segments.get(start - 1);
        List<String> rest = segments.subList(start, segments.size());
        if (rest.size() >= 3 && rest.get(0).equals("namespaces")) {
            rest = rest.subList(2, rest.size());
        }
        return new ApiPath(group, version, rest.isEmpty() ? null : rest.get(0), rest.size() > 1 ? rest.get(1) : null);
    }

    /** The apiVersion objects of this path carry: {@code v1}, {@code config.openshift.io/v1}. */
    String apiVersion() {
        return group.isEmpty() ? version : group + "/" + version;
    }

    /** How the API server names the resource in messages: {@code configmaps}, {@code clusterversions.config.openshift.io}. */
    String qualifiedResource() {
        return group.isEmpty() ? resource : resource + "." + group;
    }
}
