package io.arorp.database;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.arorp.api.MissingFields;

/**
 * A stored document: an id, the etag of the version it was read at, and every field this release does not know
 * (kept by {@link MissingFields} so a whole-document replace by an older or newer RP loses nothing). The etag is
 * package-private: only this package writes, always conditionally on it.
 */
@JsonIgnoreProperties({"_rid", "_self", "_attachments", "_ts", "_lsn", "_metadata"})
public abstract class Document extends MissingFields {
    @JsonProperty("id")
    private String id;
    @JsonProperty("_etag")
    String etag;

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
