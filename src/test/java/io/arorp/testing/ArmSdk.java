package io.arorp.testing;

import com.azure.core.credential.AccessToken;
import com.azure.core.credential.TokenCredential;
import com.azure.core.http.HttpClient;
import com.azure.core.http.HttpMethod;
import com.azure.core.http.HttpPipeline;
import com.azure.core.http.HttpPipelineBuilder;
import com.azure.core.http.HttpRequest;
import com.azure.core.http.HttpResponse;
import com.azure.core.http.jdk.httpclient.JdkHttpClientBuilder;
import com.azure.core.http.policy.BearerTokenAuthenticationPolicy;
import com.azure.core.http.policy.RetryPolicy;
import com.azure.core.management.AzureEnvironment;
import com.azure.core.management.profile.AzureProfile;
import com.azure.resourcemanager.resources.ResourceManager;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import reactor.core.publisher.Mono;

/**
 * The real Azure SDK client of ARM pointed at the RP under test: a custom cloud whose endpoints are the RP, a static
 * bearer token (the RP authenticates ARM by its client certificate, which the JDK HTTP client presents), and the
 * SDK's own pipeline (retries, LRO polling with Retry-After).
 */
public final class ArmSdk {
    private final HttpPipeline pipeline;
    private final String base;

    /** The IT server (it.https.port), presenting ARM's test client certificate. */
    public ArmSdk() {
        this("https://127.0.0.1:" + System.getProperty("it.https.port", "9443"),
                RpClient.sslContext(RpClient.Identity.ARM));
    }

    /** Any RP at {@code base}, over TLS as {@code ssl} sets it up (trust, and a client certificate if any). */
    public ArmSdk(String base, javax.net.ssl.SSLContext ssl) {
        this.base = base;
        HttpClient http = new JdkHttpClientBuilder(java.net.http.HttpClient.newBuilder().sslContext(ssl)).build();
        TokenCredential token = request -> Mono.just(new AccessToken("arm-token", OffsetDateTime.now().plusHours(1)));
        this.pipeline = new HttpPipelineBuilder().httpClient(http)
                .policies(new RetryPolicy(), new BearerTokenAuthenticationPolicy(token, base + "/.default"))
                .build();
    }

    public ResourceManager resources(String subscriptionId) {
        AzureEnvironment cloud = new AzureEnvironment(Map.of(
                "resourceManagerEndpointUrl", base + "/",
                "managementEndpointUrl", base + "/",
                "activeDirectoryEndpointUrl", base + "/",
                "activeDirectoryResourceId", base + "/"));
        return ResourceManager.authenticate(pipeline, new AzureProfile("00000000-0000-0000-0000-000000000001",
                subscriptionId, cloud)).withSubscription(subscriptionId);
    }

    /** A raw call through the same pipeline, for routes GenericResources has no verb for. */
    public Response send(HttpMethod method, String pathAndQuery, String body) {
        HttpRequest request = new HttpRequest(method, base + pathAndQuery);
        if (body != null) {
            request.setHeader("Content-Type", "application/json").setBody(body);
        }
        try (HttpResponse response = pipeline.send(request).block(Duration.ofSeconds(60))) {
            return new Response(response.getStatusCode(), response.getBodyAsString().block());
        }
    }

    /** Status and body of a raw call. */
    public record Response(int status, String body) {
    }
}
