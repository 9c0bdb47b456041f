package io.arorp.database;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arorp.database.secret.SecretModule;
import io.arorp.database.secret.SecretSealer;
import io.arorp.util.json.Jackson;

/**
 * Converts documents to and from the store's JSON with the database's own mapper: the RP's usual configuration
 * plus sealing of {@code Secret} fields, so secrets are encrypted exactly at the store boundary and nowhere else.
 */
public final class DocumentCodec {
    private final ObjectMapper json;

    public DocumentCodec(SecretSealer sealer) {
        this.json = Jackson.newMapper().registerModule(new SecretModule(sealer));
    }

    ObjectNode toJson(Document document) {
        return json.valueToTree(document);
    }

    <D extends Document> D fromJson(ObjectNode node, Class<D> type) {
        try {
            return json.treeToValue(node, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored " + type.getSimpleName() + " " + node.path("id").asText()
                    + " cannot be read: " + e.getOriginalMessage(), e);
        }
    }

    /** A deep copy through JSON, so a caller's mutation of a returned document never leaks into another. */
    <D extends Document> D copy(D document, Class<D> type) {
        return fromJson(toJson(document), type);
    }
}
