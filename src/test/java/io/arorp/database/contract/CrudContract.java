package io.arorp.database.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arorp.database.store.StoreException;
import org.junit.jupiter.api.Test;

/** Point operations and their error statuses, which the database layer's retry and lease logic rely on. */
public interface CrudContract extends StoreContract {
    String CLUSTERS = "OpenShiftClusters";
    String SUBSCRIPTIONS = "Subscriptions";

    @Test
    default void createReturnsTheStoredDocumentWithEtagAndTimestamp() {
        ObjectNode created = store().create(CLUSTERS, doc("{'id':'a','partitionKey':'s1','key':'k1','x':{'y':[1,2]}}"));
        assertFalse(created.path("_etag").asText().isEmpty());
        long ts = created.path("_ts").asLong();
        assertTrue(Math.abs(ts - fixture().nowMillis() / 1000) <= 2, "_ts is the server's seconds: " + ts);
        ObjectNode read = store().read(CLUSTERS, "s1", "a").orElseThrow();
        assertEquals(created.get("_etag"), read.get("_etag"));
        assertEquals(doc("{'y':[1,2]}"), read.get("x"));
    }

    @Test
    default void readingAMissingDocumentOrTheWrongPartitionFindsNothing() {
        store().create(CLUSTERS, doc("{'id':'a','partitionKey':'s1','key':'k1'}"));
        assertTrue(store().read(CLUSTERS, "s1", "missing").isEmpty());
        assertTrue(store().read(CLUSTERS, "s2", "a").isEmpty());
    }

    @Test
    default void aDuplicateIdInThePartitionIsAConflict() {
        store().create(CLUSTERS, doc("{'id':'a','partitionKey':'s1','key':'k1'}"));
        StoreException e = assertThrows(StoreException.class,
                () -> store().create(CLUSTERS, doc("{'id':'a','partitionKey':'s1','key':'k2'}")));
        assertTrue(e.isConflict(), e.toString());
    }

    @Test
    default void uniqueKeysAreUniqueWithinAPartitionOnly() {
        store().create(CLUSTERS, doc("{'id':'a','partitionKey':'s1','key':'k1','clientIdKey':'c','clusterResourceGroupIdKey':'r1'}"));
        StoreException e = assertThrows(StoreException.class, () -> store().create(CLUSTERS,
                doc("{'id':'b','partitionKey':'s1','key':'k1','clientIdKey':'c2','clusterResourceGroupIdKey':'r2'}")));
        assertTrue(e.isConflict(), e.toString());
        e = assertThrows(StoreException.class, () -> store().create(CLUSTERS,
                doc("{'id':'b','partitionKey':'s1','key':'k2','clientIdKey':'c','clusterResourceGroupIdKey':'r2'}")));
        assertTrue(e.isConflict(), e.toString());
        store().create(CLUSTERS, doc("{'id':'b','partitionKey':'s2','key':'k1','clientIdKey':'c','clusterResourceGroupIdKey':'r1'}"));
        store().create(CLUSTERS, doc("{'id':'c','partitionKey':'s1','key':'k3','clientIdKey':'c3','clusterResourceGroupIdKey':'r3'}"));
    }

    @Test
    default void replacingATakenUniqueKeyIsAConflict() {
        store().create(CLUSTERS, doc("{'id':'a','partitionKey':'s1','key':'k1','clientIdKey':'c1','clusterResourceGroupIdKey':'r1'}"));
        ObjectNode b = store().create(CLUSTERS, doc("{'id':'b','partitionKey':'s1','key':'k2','clientIdKey':'c2','clusterResourceGroupIdKey':'r2'}"));
        b.put("key", "k1");
        StoreException e = assertThrows(StoreException.class, () -> store().replace(CLUSTERS, b, b.get("_etag").asText()));
        assertTrue(e.isConflict(), e.toString());
        b.put("key", "k3");
        store().replace(CLUSTERS, b, b.get("_etag").asText());
        store().create(CLUSTERS, doc("{'id':'c','partitionKey':'s1','key':'k2','clientIdKey':'c3','clusterResourceGroupIdKey':'r3'}"));
    }

    @Test
    default void everyWriteChangesTheEtagAndAStaleEtagIsRefused() {
        ObjectNode v1 = store().create(SUBSCRIPTIONS, doc("{'id':'s','n':1}"));
        ObjectNode change = v1.deepCopy().put("n", 2);
        ObjectNode v2 = store().replace(SUBSCRIPTIONS, change, v1.get("_etag").asText());
        assertNotEquals(v1.get("_etag"), v2.get("_etag"));
        StoreException e = assertThrows(StoreException.class,
                () -> store().replace(SUBSCRIPTIONS, change.put("n", 3), v1.get("_etag").asText()));
        assertTrue(e.isPreconditionFailed(), e.toString());
        assertEquals(2, store().read(SUBSCRIPTIONS, "s", "s").orElseThrow().get("n").asInt());
        store().replace(SUBSCRIPTIONS, change.put("n", 4), null);
        assertEquals(4, store().read(SUBSCRIPTIONS, "s", "s").orElseThrow().get("n").asInt());
    }

    @Test
    default void replacingOrDeletingAMissingDocumentIsNotFound() {
        StoreException e = assertThrows(StoreException.class,
                () -> store().replace(SUBSCRIPTIONS, doc("{'id':'nope'}"), null));
        assertTrue(e.isNotFound(), e.toString());
        e = assertThrows(StoreException.class, () -> store().delete(SUBSCRIPTIONS, "nope", "nope", null));
        assertTrue(e.isNotFound(), e.toString());
    }

    @Test
    default void deleteHonoursTheEtag() {
        ObjectNode v1 = store().create(SUBSCRIPTIONS, doc("{'id':'s'}"));
        store().replace(SUBSCRIPTIONS, v1, null);
        StoreException e = assertThrows(StoreException.class,
                () -> store().delete(SUBSCRIPTIONS, "s", "s", v1.get("_etag").asText()));
        assertTrue(e.isPreconditionFailed(), e.toString());
        store().delete(SUBSCRIPTIONS, "s", "s", store().read(SUBSCRIPTIONS, "s", "s").orElseThrow().get("_etag").asText());
        assertTrue(store().read(SUBSCRIPTIONS, "s", "s").isEmpty());
        store().create(SUBSCRIPTIONS, doc("{'id':'s'}"));
    }

    @Test
    default void upsertCreatesThenReplaces() {
        ObjectNode first = store().upsert(SUBSCRIPTIONS, doc("{'id':'s','n':1}"));
        ObjectNode second = store().upsert(SUBSCRIPTIONS, doc("{'id':'s','n':2}"));
        assertNotEquals(first.get("_etag"), second.get("_etag"));
        assertEquals(2, store().read(SUBSCRIPTIONS, "s", "s").orElseThrow().get("n").asInt());
    }

    @Test
    default void fieldsTheWriterDoesNotModelComeBackUnchanged() {
        ObjectNode original = doc("{'id':'s','deleting':false,'future':{'nested':[{'a':null,'b':1.5,'c':'\\u00e9'}],"
                + "'big':12345678901234,'t':true},'empty':{}}");
        store().create(SUBSCRIPTIONS, original);
        ObjectNode read = store().read(SUBSCRIPTIONS, "s", "s").orElseThrow();
        for (String field : new String[] {"deleting", "future", "empty"}) {
            assertEquals(original.get(field), read.get(field), field);
        }
    }
}
