package io.arorp.frontend.action;

import io.arorp.api.OpenShiftCluster;
import io.arorp.api.version.ApiVersion;
import io.arorp.database.DocumentPage;
import io.arorp.database.OpenShiftClusterDocument;
import io.arorp.database.OpenShiftClusters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.UriBuilder;
import java.net.URI;
import java.util.List;

/** Lists clusters of a subscription or resource group, ten per page like the original, with ARM's nextLink. */
@ApplicationScoped
public class ListClusters {
    static final int PAGE_SIZE = 10;

    private OpenShiftClusters clusters;
    private SkipTokens skipTokens;

    @Inject
    public ListClusters(OpenShiftClusters clusters, SkipTokens skipTokens) {
        this.clusters = clusters;
        this.skipTokens = skipTokens;
    }

    protected ListClusters() {
    }

    /**
     * @param prefix the lower-case id prefix: {@code /subscriptions/{s}/} or {@code /subscriptions/{s}/resourcegroups/{rg}/}
     * @param skipToken the caller's {@code $skipToken}, or null for the first page
     */
    public ArmResult run(String subscriptionId, String prefix, String skipToken, URI referer, ApiVersion version) {
        String continuation = skipToken == null || skipToken.isEmpty() ? null : skipTokens.open(skipToken);
        DocumentPage<OpenShiftClusterDocument> page = clusters.listByPrefix(subscriptionId, prefix, continuation,
                PAGE_SIZE);
        List<OpenShiftCluster> items = page.items().stream().map(OpenShiftClusterDocument::getOpenShiftCluster).toList();
        String nextLink = page.continuation() == null ? null
                : UriBuilder.fromUri(referer).replaceQueryParam("$skipToken", skipTokens.seal(page.continuation()))
                        .build().toString();
        return ArmResult.of(200, version.clusters().toExternalList(items, nextLink));
    }
}
