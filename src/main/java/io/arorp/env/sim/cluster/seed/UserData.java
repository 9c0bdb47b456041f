package io.arorp.env.sim.cluster.seed;

import static io.arorp.env.sim.cluster.seed.Json.array;
import static io.arorp.env.sim.cluster.seed.Json.object;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arorp.env.sim.cluster.ClusterSeed;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * The machine user-data secrets the installer leaves in {@code openshift-machine-api}: a stub Ignition config per role
 * that merges the full config from the machine config server at {@code api-int.<domain>:22623} and trusts the
 * cluster's root CA (a placeholder here: the simulation has no installer graph).
 */
final class UserData {
    private UserData() {
    }

    static List<SeedObject> of(ClusterSeed seed) {
        return List.of(secret(seed, "master"), secret(seed, "worker"));
    }

    private static SeedObject secret(ClusterSeed seed, String role) {
        String ca = "data:text/plain;charset=utf-8;base64," + base64("simulated root CA of " + seed.infraId());
        ObjectNode ignition = object("ignition", object(
                "config", object("merge", array(object("source",
                        "https://api-int." + seed.domain() + ":22623/config/" + role))),
                "security", object("tls", object("certificateAuthorities", array(object("source", ca)))),
                "version", "3.2.0"));
        ObjectNode secret = Json.resource("v1", "Secret", Machines.NAMESPACE, role + "-user-data", null);
        secret.put("type", "Opaque");
        secret.set("data", object("userData", base64(ignition.toString()), "disableTemplating", base64("true")));
        return SeedObject.core("secrets", Machines.NAMESPACE, secret);
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
