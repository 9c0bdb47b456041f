package io.arorp.env.sim.cluster.bridge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The subresources the mock does not serve, answered the way a kubelet and the API server would: a pod's
 * {@code log} (a container's output, here a deterministic start-up log of the container) and a CSR's
 * {@code approval} (only {@code status.conditions} of the body is taken, as the API server does).
 */
final class Subresources {
    private static final Pattern LOG = Pattern.compile("^/api/v1/namespaces/([^/]+)/pods/([^/]+)/log/?$");
    private static final Pattern APPROVAL = Pattern.compile(
            "^(/apis/certificates\\.k8s\\.io/v1/certificatesigningrequests/[^/]+)/approval/?$");
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient client;
    private final MockEndpoint mock;
    private final ObjectMapper mapper;
    private final Statuses statuses;

    /** An answer: status code, body and its content type. */
    record Answer(int code, byte[] body, String contentType) {
    }

    Subresources(HttpClient client, MockEndpoint mock, ObjectMapper mapper, Statuses statuses) {
        this.client = client;
        this.mock = mock;
        this.mapper = mapper;
        this.statuses = statuses;
    }

    static boolean handles(String method, String path) {
        return (method.equals("GET") && LOG.matcher(path).matches())
                || (method.equals("PUT") && APPROVAL.matcher(path).matches());
    }

    Answer answer(String method, String path, String query, byte[] body) throws IOException, InterruptedException {
        Matcher log = LOG.matcher(path);
        if (method.equals("GET") && log.matches()) {
            return podLog(path, log.group(1), log.group(2), parameter(query, "container"));
        }
        Matcher approval = APPROVAL.matcher(path);
        approval.matches();
        return approve(path, approval.group(1), body);
    }

    private Answer podLog(String path, String namespace, String pod, String container)
            throws IOException, InterruptedException {
        HttpResponse<byte[]> stored = get("/api/v1/namespaces/" + namespace + "/pods/" + pod);
        if (stored.statusCode() != 200) {
            return json(stored.statusCode(), statuses.normalize("GET", path, stored.statusCode(), stored.body()));
        }
        JsonNode object = mapper.readTree(stored.body());
        List<String> containers = new ArrayList<>();
        object.path("spec").path("containers").forEach(c -> containers.add(c.path("name").asText()));
        if (container == null && containers.size() != 1) {
            return json(400, statuses.failure(400, path, "a container name must be specified for pod " + pod
                    + ", choose one of: " + containers));
        }
        String name = container == null ? containers.get(0) : container;
        if (!containers.contains(name)) {
            return json(400, statuses.failure(400, path, "container " + name + " is not valid for pod " + pod));
        }
        String started = object.path("metadata").path("creationTimestamp").asText("1970-01-01T00:00:00Z");
        String image = "";
        for (JsonNode c : object.path("spec").path("containers")) {
            if (c.path("name").asText().equals(name)) {
                image = c.path("image").asText();
            }
        }
        String text = started + " I0000 starting " + name + " (" + image + ") in pod " + namespace + "/" + pod + "\n"
                + started + " I0000 " + name + ": serving\n";
        return new Answer(200, text.getBytes(StandardCharsets.UTF_8), "text/plain");
    }

    private Answer approve(String path, String objectPath, byte[] body) throws IOException, InterruptedException {
        HttpResponse<byte[]> stored = get(objectPath);
        if (stored.statusCode() != 200) {
            return json(stored.statusCode(), statuses.normalize("GET", path, stored.statusCode(), stored.body()));
        }
        ObjectNode object = (ObjectNode) mapper.readTree(stored.body());
        JsonNode conditions = mapper.readTree(body).path("status").path("conditions");
        object.withObject("/status").set("conditions", conditions.isArray() ? conditions : mapper.createArrayNode());
        HttpResponse<byte[]> written = client.send(HttpRequest.newBuilder(mock.uri().resolve(objectPath + "/status"))
                .timeout(TIMEOUT).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(mapper.writeValueAsBytes(object))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        return json(written.statusCode(), statuses.normalize("PUT", path, written.statusCode(), written.body()));
    }

    private HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(mock.uri().resolve(path)).timeout(TIMEOUT).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static Answer json(int code, byte[] body) {
        return new Answer(code, body, "application/json");
    }

    private static String parameter(String query, String name) {
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            if (key.equals(name)) {
                return eq < 0 ? "" : java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }
}
