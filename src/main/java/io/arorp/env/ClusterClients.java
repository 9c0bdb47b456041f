package io.arorp.env;

import io.arorp.api.Secret;
import io.kubernetes.client.openapi.ApiClient;

/**
 * Turns a cluster's kubeconfig into a Kubernetes client. Prod and dev share one implementation: a simulated cluster is
 * reached through an ordinary kubeconfig, so the admin API, monitor and operator code never know which one they talk to.
 */
public interface ClusterClients {
    /**
     * A client for the cluster and credentials of the kubeconfig's current context, verifying the server against the
     * kubeconfig's CA. Each call builds a new client over connections shared by all clients; keep it for the duration of a job.
     *
     * @throws IllegalArgumentException if the kubeconfig is malformed or asks for something the RP refuses (plain
     *     HTTP, skipped TLS verification, exec plugins, file references)
     */
    ApiClient client(Secret kubeconfig);
}
