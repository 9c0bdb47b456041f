package io.arorp.env.sim.cluster.seed;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One object to create in a new simulated cluster, with the collection it is POSTed to.
 *
 * @param collectionPath e.g. {@code /api/v1/nodes}, {@code /apis/machine.openshift.io/v1beta1/namespaces/x/machines}
 * @param object the full object; a {@code status} is written through the status subresource after the create
 */
public record SeedObject(String collectionPath, ObjectNode object) {

    static SeedObject core(String plural, String namespace, ObjectNode object) {
        return new SeedObject("/api/v1" + namespaced(namespace) + "/" + plural, object);
    }

    static SeedObject of(String group, String version, String plural, String namespace, ObjectNode object) {
        return new SeedObject("/apis/" + group + "/" + version + namespaced(namespace) + "/" + plural, object);
    }

    public String name() {
        return object.path("metadata").path("name").asText();
    }

    private static String namespaced(String namespace) {
        return namespace == null ? "" : "/namespaces/" + namespace;
    }
}
