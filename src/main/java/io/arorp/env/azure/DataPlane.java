package io.arorp.env.azure;

import com.azure.core.http.HttpHeaderName;
import com.azure.core.http.HttpMethod;
import com.azure.core.http.HttpPipeline;
import com.azure.core.http.HttpRequest;
import com.azure.core.http.HttpResponse;
import com.azure.core.util.BinaryData;
import com.azure.core.util.Context;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.arorp.api.CloudException;
import io.arorp.util.json.Jackson;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain REST calls to Azure data planes (Key Vault, Blob storage) over an authenticated, retrying pipeline. They
 * have no management client; their errors (JSON for Key Vault, XML or the {@code x-ms-error-code} header for
 * storage) become {@link CloudException}s like ARM's.
 */
final class DataPlane {
    private static final Pattern XML_CODE = Pattern.compile("<Code>([^<]+)</Code>");
    private static final Pattern XML_MESSAGE = Pattern.compile("<Message>([^<]*)</Message>");
    private final ObjectMapper mapper = Jackson.newMapper();
    private final HttpPipeline pipeline;

    /** An answer: status and body. */
    record Answer(int status, byte[] body) {
    }

    DataPlane(HttpPipeline pipeline) {
        this.pipeline = pipeline;
    }

    /** Sends the request; any status of 400 or more but 404 fails, a 404 answers empty. */
    Optional<Answer> send(HttpMethod method, String url, Map<String, String> headers, byte[] body, String tenant) {
        HttpRequest request = new HttpRequest(method, url);
        headers.forEach((k, v) -> request.setHeader(HttpHeaderName.fromString(k), v));
        if (body != null) {
            request.setBody(BinaryData.fromBytes(body));
        }
        Context context = tenant == null ? Context.NONE : new Context(TenantTokenPolicy.TENANT, tenant);
        try (HttpResponse response = pipeline.sendSync(request, context)) {
            byte[] content = response.getBodyAsBinaryData() == null ? new byte[0]
                    : response.getBodyAsBinaryData().toBytes();
            int status = response.getStatusCode();
            if (status == 404) {
                return Optional.empty();
            }
            if (status >= 400) {
                throw error(status, response.getHeaderValue(HttpHeaderName.fromString("x-ms-error-code")), content);
            }
            return Optional.of(new Answer(status, content));
        }
    }

    JsonNode json(byte[] body) {
        try {
            return mapper.readTree(body);
        } catch (IOException e) {
            throw new CloudException(502, "InternalServerError", null, "Azure answered unreadable JSON");
        }
    }

    byte[] bytes(Object value) {
        try {
            return mapper.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private CloudException error(int status, String headerCode, byte[] content) {
        String text = new String(content, java.nio.charset.StandardCharsets.UTF_8);
        String code = headerCode;
        String message = text;
        if (text.startsWith("{")) {
            JsonNode error = json(content).path("error");
            code = error.path("code").asText(code);
            message = error.path("message").asText(text);
        } else {
            Matcher c = XML_CODE.matcher(text);
            Matcher m = XML_MESSAGE.matcher(text);
            code = c.find() ? c.group(1) : code;
            message = m.find() ? m.group(1) : text;
        }
        return new CloudException(status, code == null ? "InternalServerError" : code, null, message);
    }
}
