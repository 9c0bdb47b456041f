package io.arorp.cluster;

import io.arorp.database.BillingDocument;
import io.arorp.database.DocumentNotFoundException;
import io.arorp.database.PreconditionFailedException;

/**
 * ensureBillingRecord and the deletion mark: the billing pipeline reads these documents, so the record is created
 * once (a rerun finds it: the first creation time stays) and kept after delete with its deletion time.
 */
final class BillingSteps {
    private BillingSteps() {
    }

    static void ensureBillingRecord(ClusterContext c) {
        if (c.env().billing().get(c.doc().getId()).isPresent()) {
            return;
        }
        BillingDocument billing = new BillingDocument();
        billing.setId(c.doc().getId());
        billing.setKey(c.doc().getKey());
        billing.setClusterResourceGroupIdKey(c.doc().getClusterResourceGroupIdKey());
        billing.setInfraId(c.properties().getInfraId());
        billing.getBilling().setLocation(c.cluster().getLocation());
        var subscription = c.subscription() == null ? null : c.subscription().getSubscription();
        if (subscription != null && subscription.getProperties() != null) {
            billing.getBilling().setTenantId(subscription.getProperties().getTenantId());
        }
        try {
            c.env().billing().create(billing);
        } catch (PreconditionFailedException e) {
            // created concurrently or by an earlier attempt: the first record stands
        }
    }

    static void markForDeletion(ClusterContext c) {
        try {
            c.env().billing().markForDeletion(c.doc().getId());
        } catch (DocumentNotFoundException e) {
            // a cluster whose install never got to billing has nothing to bill
        }
    }
}
