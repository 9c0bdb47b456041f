package io.arorp.env.sim.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arorp.env.sim.cluster.seed.SeedObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

/**
 * Creates seed objects through the mock's API, so they get uids, resourceVersions and timestamps the way every later
 * object does. A status is written afterwards through the status subresource, as the owning controller would.
 */
final class Seeder {
    private final HttpClient client;
    private final URI mock;
    private final ObjectMapper mapper;

    Seeder(HttpClient client, URI mock, ObjectMapper mapper) {
        this.client = client;
        this.mock = mock;
        this.mapper = mapper;
    }

    void create(List<SeedObject> objects) throws IOException, InterruptedException {
        for (SeedObject seed : objects) {
            JsonNode status = seed.object().get("status");
            JsonNode created = send("POST", seed.collectionPath(), seed.object(), 201);
            if (status != null && !status.equals(created.get("status"))) {
                ObjectNode withStatus = ((ObjectNode) created).deepCopy();
                withStatus.set("status", status);
                send("PUT", seed.collectionPath() + "/" + seed.name() + "/status", withStatus, 200);
            }
        }
    }

    private JsonNode send(String method, String path, JsonNode body, int expected) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(mock.resolve(path))
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofByteArray(mapper.writeValueAsBytes(body)))
                .build();
        HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != expected) {
            throw new IOException("seeding " + method + " " + path + " answered " + response.statusCode() + ": "
                    + new String(response.body(), java.nio.charset.StandardCharsets.UTF_8));
        }
        return mapper.readTree(response.body());
    }
}
