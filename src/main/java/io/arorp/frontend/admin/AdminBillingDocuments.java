package io.arorp.frontend.admin;

import io.arorp.api.CloudException;
import io.arorp.api.admin.MimoTypes;
import io.arorp.database.Billing;
import io.arorp.database.BillingDocument;
import io.arorp.database.BillingRecord;
import io.arorp.database.DocumentPage;
import io.arorp.frontend.action.ArmResult;
import io.arorp.frontend.action.SkipTokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;

/** Billing records for SREs reconciling usage: ten per page with a nextLink like the original, or one by id. */
@ApplicationScoped
public class AdminBillingDocuments {
    static final int PAGE_SIZE = 10;

    private Billing billing;
    private SkipTokens skipTokens;

    @Inject
    public AdminBillingDocuments(Billing billing, SkipTokens skipTokens) {
        this.billing = billing;
        this.skipTokens = skipTokens;
    }

    protected AdminBillingDocuments() {
    }

    public ArmResult list(String skipToken, URI referer) {
        String continuation = NextLinks.continuation(skipTokens, skipToken);
        DocumentPage<BillingDocument> page = billing.list(continuation, PAGE_SIZE);
        return ArmResult.of(200, new MimoTypes.BillingDocumentList(
                page.items().stream().map(AdminBillingDocuments::external).toList(),
                NextLinks.of(skipTokens, referer, page.continuation())));
    }

    public ArmResult get(String id) {
        BillingDocument doc = billing.get(id).orElseThrow(() -> new CloudException(404, "NotFound", null,
                "billing document not found: " + id));
        return ArmResult.of(200, external(doc));
    }

    private static MimoTypes.BillingDocument external(BillingDocument d) {
        BillingRecord b = d.getBilling();
        MimoTypes.Billing billing = b == null ? null : new MimoTypes.Billing(nonZero(b.getCreationTime()),
                nonZero(b.getDeletionTime()), nonZero(b.getLastBillingTime()), b.getLocation(), b.getTenantId());
        return new MimoTypes.BillingDocument(d.getId(), d.getKey(), d.getClusterResourceGroupIdKey(), d.getInfraId(),
                billing);
    }

    private static Long nonZero(long unixSeconds) {
        return unixSeconds == 0 ? null : unixSeconds;
    }
}
