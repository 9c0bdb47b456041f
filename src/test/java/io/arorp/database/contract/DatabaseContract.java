package io.arorp.database.contract;

import io.arorp.api.OpenShiftCluster;
import io.arorp.api.OpenShiftClusterProperties;
import io.arorp.api.ProvisioningState;
import io.arorp.database.DocumentCodec;
import io.arorp.database.LeaseOwner;
import io.arorp.database.OpenShiftClusterDocument;
import io.arorp.database.OpenShiftClusters;
import io.arorp.database.Subscriptions;
import io.arorp.database.secret.AesGcmSecretSealer;
import java.security.SecureRandom;
import java.util.Map;
import java.util.UUID;

/** Helpers for the contracts of the collection classes: codecs, collections per lease owner, sample documents. */
public interface DatabaseContract extends StoreContract {
    byte[] TEST_KEY = new byte[32];

    default DocumentCodec codec() {
        return new DocumentCodec(new AesGcmSecretSealer(Map.of("test", TEST_KEY), new SecureRandom()));
    }

    /** The clusters collection as one RP process (lease owner) sees it. */
    default OpenShiftClusters clusters(String owner) {
        return new OpenShiftClusters(store(), codec(), new LeaseOwner(owner));
    }

    default Subscriptions subscriptions(String owner) {
        return new Subscriptions(store(), codec(), new LeaseOwner(owner));
    }

    static String key(String subscription, String resourceGroup, String name) {
        return "/subscriptions/" + subscription + "/resourcegroups/" + resourceGroup
                + "/providers/microsoft.redhatopenshift/openshiftclusters/" + name;
    }

    default OpenShiftClusterDocument cluster(String key, ProvisioningState state) {
        OpenShiftClusterProperties properties = new OpenShiftClusterProperties();
        properties.setProvisioningState(state);
        OpenShiftCluster cluster = new OpenShiftCluster();
        cluster.setId(key);
        cluster.setName(key.substring(key.lastIndexOf('/') + 1));
        cluster.setProperties(properties);
        OpenShiftClusterDocument doc = new OpenShiftClusterDocument();
        doc.setId(UUID.randomUUID().toString());
        doc.setKey(key);
        doc.setClientIdKey("client-" + doc.getId());
        doc.setClusterResourceGroupIdKey("/subscriptions/x/resourcegroups/aro-" + doc.getId());
        doc.setOpenShiftCluster(cluster);
        return doc;
    }
}
