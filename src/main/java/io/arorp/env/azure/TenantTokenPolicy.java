package io.arorp.env.azure;

import com.azure.core.credential.TokenCredential;
import com.azure.core.credential.TokenRequestContext;
import com.azure.core.http.HttpPipelineCallContext;
import com.azure.core.http.policy.BearerTokenAuthenticationPolicy;
import java.util.Locale;
import java.util.Optional;
import reactor.core.publisher.Mono;

/**
 * Bearer tokens from the tenant the request is for. ARM requests name their subscription in the path, and the
 * subscription's tenant issues the token (the first-party application is multi-tenant); data-plane requests name the
 * tenant in the call's context ({@link #TENANT}); without either the identity's home tenant answers.
 */
final class TenantTokenPolicy extends BearerTokenAuthenticationPolicy {
    /** Context key of an explicit tenant id. */
    static final String TENANT = "aro.azure.tenant";
    private final String scope;
    private final TenantResolver tenants;

    TenantTokenPolicy(TokenCredential credential, String scope, TenantResolver tenants) {
        super(credential, scope);
        this.scope = scope;
        this.tenants = tenants;
    }

    @Override
    public Mono<Void> authorizeRequest(HttpPipelineCallContext context) {
        return Mono.defer(() -> setAuthorizationHeader(context, request(context)));
    }

    @Override
    public void authorizeRequestSync(HttpPipelineCallContext context) {
        setAuthorizationHeaderSync(context, request(context));
    }

    private TokenRequestContext request(HttpPipelineCallContext context) {
        TokenRequestContext request = new TokenRequestContext().addScopes(scope);
        tenant(context).ifPresent(request::setTenantId);
        return request;
    }

    private Optional<String> tenant(HttpPipelineCallContext context) {
        Optional<Object> explicit = context.getData(TENANT);
        if (explicit.isPresent()) {
            return explicit.map(Object::toString);
        }
        return subscriptionOf(context.getHttpRequest().getUrl().getPath()).map(tenants::tenantOf);
    }

    /** The subscription id of an ARM path {@code /subscriptions/<id>/...}, if it has one. */
    static Optional<String> subscriptionOf(String path) {
        String[] parts = path.split("/");
        for (int i = 0; i + 1 < parts.length; i++) {
            if (parts[i].toLowerCase(Locale.ROOT).equals("subscriptions") && !parts[i + 1].isEmpty()) {
                return Optional.of(parts[i + 1]);
            }
        }
        return Optional.empty();
    }
}
