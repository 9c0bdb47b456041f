package io.arorp.database.contract;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arorp.database.store.DocumentStore;
import io.arorp.util.json.Jackson;
import java.io.UncheckedIOException;

/**
 * The root of the contract suite: each contract is an interface of default test methods, and each adapter's test
 * class implements all of them, so the same tests run unchanged against every adapter.
 */
public interface StoreContract {
    ObjectMapper JSON = Jackson.newMapper();

    StoreFixture fixture();

    default DocumentStore store() {
        return fixture().store();
    }

    /** Parses JSON written with single quotes for readability. */
    default ObjectNode doc(String singleQuotedJson) {
        try {
            return (ObjectNode) JSON.readTree(singleQuotedJson.replace('\'', '"'));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
