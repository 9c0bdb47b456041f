package io.arorp.env.kube;

import io.kubernetes.client.openapi.ApiException;
import io.kubernetes.client.openapi.apis.CoreV1Api;
import io.kubernetes.client.openapi.models.V1Secret;

/** Secrets written create-or-replace (read first, so a step repeated after a crash converges). */
public final class KubeSecrets {
    private KubeSecrets() {
    }

    /** Creates the secret, or replaces the existing one at its current resource version. */
    public static V1Secret apply(CoreV1Api core, V1Secret secret) throws ApiException {
        return apply(core, secret, read(core, secret.getMetadata().getNamespace(), secret.getMetadata().getName()));
    }

    /** As {@link #apply(CoreV1Api, V1Secret)}, for a caller that has just read {@code current} (null: none). */
    public static V1Secret apply(CoreV1Api core, V1Secret secret, V1Secret current) throws ApiException {
        String name = secret.getMetadata().getName();
        String namespace = secret.getMetadata().getNamespace();
        if (current == null) {
            return core.createNamespacedSecret(namespace, secret).execute();
        }
        secret.getMetadata().setResourceVersion(current.getMetadata().getResourceVersion());
        return core.replaceNamespacedSecret(name, namespace, secret).execute();
    }

    /** The secret, or null when it does not exist. */
    public static V1Secret read(CoreV1Api core, String namespace, String name) throws ApiException {
        try {
            return core.readNamespacedSecret(name, namespace).execute();
        } catch (ApiException e) {
            if (e.getCode() == 404) {
                return null;
            }
            throw e;
        }
    }
}
