package io.arorp.env.azure;

import com.azure.resourcemanager.containerregistry.fluent.models.TokenInner;
import com.azure.resourcemanager.containerregistry.models.GenerateCredentialsParameters;
import com.azure.resourcemanager.containerregistry.models.TokenPassword;
import com.azure.resourcemanager.containerregistry.models.TokenPasswordName;
import com.azure.resourcemanager.containerregistry.models.TokenStatus;
import io.arorp.api.CloudException;
import io.arorp.api.Secret;
import io.arorp.env.cloud.ContainerRegistry;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The clusters' tokens in the RP's registry, bound to the registry's built-in pull-only scope map. A token has two
 * password slots; a new password replaces the older one, so the password a cluster still holds keeps working until
 * the cluster's pull secret carries the new one (the original's rotation).
 */
public final class AzureContainerRegistry implements ContainerRegistry {
    static final String SCOPE_MAP = "/scopeMaps/_repositories_pull";
    private final AzureClients clients;
    private final AzureCalls calls;
    private final RpResources rp;
    private final ArmId registry;

    public AzureContainerRegistry(AzureClients clients, AzureCalls calls, RpResources rp) {
        this.clients = clients;
        this.calls = calls;
        this.rp = rp;
        this.registry = ArmId.parse(rp.acrResourceId());
    }

    @Override
    public String loginServer() {
        return rp.acrLoginServer();
    }

    @Override
    public Secret issuePassword(String name) {
        var service = clients.registry(registry.subscriptionId());
        String group = registry.resourceGroup();
        String acr = registry.name(0);
        Optional<TokenInner> token = calls.find(() -> service.getTokens().get(group, acr, name));
        if (token.isEmpty()) {
            calls.run(() -> service.getTokens().create(group, acr, name, new TokenInner()
                    .withScopeMapId(rp.acrResourceId() + SCOPE_MAP).withStatus(TokenStatus.ENABLED)));
        }
        TokenPasswordName slot = slotToReplace(token.map(TokenInner::credentials)
                .map(c -> c.passwords()).orElse(List.of()));
        var result = calls.call(() -> service.getRegistries().generateCredentials(group, acr,
                new GenerateCredentialsParameters().withTokenId(rp.acrResourceId() + "/tokens/" + name)
                        .withName(slot)));
        return Objects.requireNonNullElse(result.passwords(), List.<TokenPassword>of()).stream()
                .filter(p -> slot.equals(p.name()) && p.value() != null).findFirst()
                .map(p -> Secret.of(p.value()))
                .orElseThrow(() -> new CloudException(500, "InternalServerError", null, "The registry issued no "
                        + slot + " for token " + name + "."));
    }

    @Override
    public void deleteToken(String name) {
        calls.delete(() -> clients.registry(registry.subscriptionId()).getTokens().delete(registry.resourceGroup(),
                registry.name(0), name));
    }

    /** An empty slot (password1 first), else the one issued longer ago. */
    static TokenPasswordName slotToReplace(List<TokenPassword> passwords) {
        List<TokenPassword> issued = passwords == null ? List.of() : passwords;
        for (TokenPasswordName slot : List.of(TokenPasswordName.PASSWORD1, TokenPasswordName.PASSWORD2)) {
            if (issued.stream().noneMatch(p -> slot.equals(p.name()))) {
                return slot;
            }
        }
        return issued.stream().min(Comparator.comparing(p -> Objects.requireNonNullElse(p.creationTime(),
                OffsetDateTime.MIN))).map(TokenPassword::name).orElseThrow();
    }
}
