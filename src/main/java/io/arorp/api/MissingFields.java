package io.arorp.api;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Keeps the JSON fields this RP does not know. Documents are read, modified and written back by RPs of different
 * releases side by side; a field added by a newer release must survive an older one rewriting the document.
 */
public abstract class MissingFields {
    private final Map<String, JsonNode> missingFields = new LinkedHashMap<>();

    @JsonAnyGetter
    public Map<String, JsonNode> getMissingFields() {
        return missingFields;
    }

    @JsonAnySetter
    public void setMissingField(String name, JsonNode value) {
        missingFields.put(name, value);
    }
}
