package io.arorp.env.sim.cluster;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.mockwebserver.crud.Attribute;
import io.fabric8.mockwebserver.crud.AttributeSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The object store of a simulated cluster: the fabric8 mock's CRUD dispatcher, plus what an RP restart needs. Every
 * write passes through {@link #processEvent}, so a snapshot taken under the same lock sees no half-applied update, and
 * a change counter tells the registry when a snapshot is due. Restoring puts the stored objects back verbatim (same
 * uid, resourceVersion, timestamps) and moves the resourceVersion counter past them, as an etcd restore would.
 */
final class ClusterObjects extends KubernetesCrudDispatcher {
    private static final String CRD_PATH = "/apis/apiextensions.k8s.io/v1/customresourcedefinitions";

    private final Object writes = new Object();
    private final AtomicLong changes = new AtomicLong();
    private final AtomicLong lastResourceVersion = new AtomicLong();

    /** One stored object and the collection path it lives under (what the mock needs to index it again). */
    record StoredObject(String path, String json) {
    }

    @Override
    public void processEvent(String path, AttributeSet pathAttributes, AttributeSet oldAttributes,
                             GenericKubernetesResource resource, String newState) {
        synchronized (writes) {
            super.processEvent(path, pathAttributes, oldAttributes, resource, newState);
            changes.incrementAndGet();
        }
    }

    @Override
    public long requestResourceVersion() {
        long version = super.requestResourceVersion();
        lastResourceVersion.accumulateAndGet(version, Math::max);
        return version;
    }

    /** Counts writes; a snapshot is stale when this moved since it was taken. */
    long changes() {
        return changes.get();
    }

    long resourceVersion() {
        return lastResourceVersion.get();
    }

    /** Every object, CRDs first, then in the order they were first stored. */
    List<StoredObject> snapshot() {
        List<StoredObject> crds = new ArrayList<>();
        List<StoredObject> others = new ArrayList<>();
        synchronized (writes) {
            synchronized (map) {
                for (Map.Entry<AttributeSet, String> entry : map.entrySet()) {
                    String path = collectionPath(entry.getKey());
                    (path.equals(CRD_PATH) ? crds : others).add(new StoredObject(path, entry.getValue()));
                }
            }
        }
        crds.addAll(others);
        return crds;
    }

    /**
     * Puts snapshot objects back into an empty store; the change count continues at {@code changes}, so objects
     * brought back unchanged do not look like writes that need a new snapshot.
     */
    void restore(List<StoredObject> objects, long resourceVersion, long changes) {
        for (StoredObject object : objects) {
            processEvent(object.path(), getKey(object.path()), null, null, object.json());
        }
        while (requestResourceVersion() < resourceVersion) {
            // advance the counter so new writes get versions (and uids) above every restored one
        }
        this.changes.set(changes);
    }

    private static String collectionPath(AttributeSet key) {
        String group = value(key, "api");
        String version = value(key, "version");
        String plural = value(key, "plural");
        String namespace = value(key, "namespace");
        if (version == null || plural == null) {
            throw new IllegalStateException("stored object without version or plural: " + key);
        }
        StringBuilder path = new StringBuilder(group == null ? "/api/" + version : "/apis/" + group + "/" + version);
        if (namespace != null) {
            path.append("/namespaces/").append(namespace);
        }
        return path.append('/').append(plural).toString();
    }

    private static String value(AttributeSet key, String name) {
        Attribute attribute = key.getAttribute(name);
        return attribute == null || attribute.getValues().isEmpty() ? null : attribute.getValues().get(0).toString();
    }
}
