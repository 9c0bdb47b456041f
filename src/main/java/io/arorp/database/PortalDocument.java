package io.arorp.database;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A short-lived SRE portal grant (kubeconfig 6 h, SSH 1 min) that expires by its own {@code ttl}. The api model has
 * no portal type yet, so the payload {@code {username, id, ssh{master, authenticated}, kubeconfig{elevated}}} is
 * kept as JSON, whole.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class PortalDocument extends Document {
    @JsonProperty("ttl")
    private Integer ttl;
    @JsonProperty("portal")
    private ObjectNode portal;

    public Integer getTtl() {
        return ttl;
    }

    public void setTtl(Integer ttl) {
        this.ttl = ttl;
    }

    public ObjectNode getPortal() {
        return portal;
    }

    public void setPortal(ObjectNode portal) {
        this.portal = portal;
    }
}
