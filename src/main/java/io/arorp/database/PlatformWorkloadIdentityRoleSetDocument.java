package io.arorp.database;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.arorp.api.PlatformWorkloadIdentityRoleSet;

/** The operator identities and roles of one OpenShift minor version; removed softly like versions. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class PlatformWorkloadIdentityRoleSetDocument extends Document {
    @JsonProperty("ttl")
    private Integer ttl;
    @JsonProperty("platformWorkloadIdentityRoleSet")
    private PlatformWorkloadIdentityRoleSet platformWorkloadIdentityRoleSet;

    public Integer getTtl() {
        return ttl;
    }

    public void setTtl(Integer ttl) {
        this.ttl = ttl;
    }

    public PlatformWorkloadIdentityRoleSet getPlatformWorkloadIdentityRoleSet() {
        return platformWorkloadIdentityRoleSet;
    }

    public void setPlatformWorkloadIdentityRoleSet(PlatformWorkloadIdentityRoleSet roleSet) {
        this.platformWorkloadIdentityRoleSet = roleSet;
    }
}
