package io.arorp.database;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.arorp.api.OpenShiftVersion;

/** An installable OpenShift version; removed softly ({@code deleting}) so change-feed caches learn of it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class OpenShiftVersionDocument extends Document {
    @JsonProperty("ttl")
    private Integer ttl;
    @JsonProperty("openShiftVersion")
    private OpenShiftVersion openShiftVersion;

    public Integer getTtl() {
        return ttl;
    }

    public void setTtl(Integer ttl) {
        this.ttl = ttl;
    }

    public OpenShiftVersion getOpenShiftVersion() {
        return openShiftVersion;
    }

    public void setOpenShiftVersion(OpenShiftVersion openShiftVersion) {
        this.openShiftVersion = openShiftVersion;
    }
}
