package io.arorp.env.sim.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arorp.env.sim.cluster.seed.SeedObject;
import io.fabric8.mockwebserver.dsl.HttpMethod;
import io.fabric8.mockwebserver.http.Buffer;
import io.fabric8.mockwebserver.http.Headers;
import io.fabric8.mockwebserver.http.MockResponse;
import io.fabric8.mockwebserver.http.RecordedRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Creates seed objects through the mock's request handling, so they get uids, resourceVersions and timestamps the
 * way every later object does; a status is written afterwards through the status subresource, as the owning
 * controller would. Requests are dispatched in-process: over loopback HTTP, seeding took most of a cluster's start.
 */
final class Seeder {
    private static final Headers JSON = Headers.builder().add("Content-Type", "application/json").build();

    private final ClusterObjects objects;
    private final ObjectMapper mapper;

    Seeder(ClusterObjects objects, ObjectMapper mapper) {
        this.objects = objects;
        this.mapper = mapper;
    }

    void create(List<SeedObject> seeds) throws IOException {
        for (SeedObject seed : seeds) {
            JsonNode status = seed.object().get("status");
            JsonNode created = send(HttpMethod.POST, seed.collectionPath(), seed.object(), 201);
            if (status != null && !status.equals(created.get("status"))) {
                ObjectNode withStatus = ((ObjectNode) created).deepCopy();
                withStatus.set("status", status);
                send(HttpMethod.PUT, seed.collectionPath() + "/" + seed.name() + "/status", withStatus, 200);
            }
        }
    }

    private JsonNode send(HttpMethod method, String path, JsonNode body, int expected) throws IOException {
        MockResponse response = objects.dispatch(
                new RecordedRequest("HTTP/1.1", method, path, JSON, new Buffer(mapper.writeValueAsBytes(body))));
        byte[] answer = response.getBody() == null ? new byte[0] : response.getBody().getBytes();
        if (response.code() != expected) {
            throw new IOException("seeding " + method + " " + path + " answered " + response.code() + ": "
                    + new String(answer, StandardCharsets.UTF_8));
        }
        return mapper.readTree(answer);
    }
}
