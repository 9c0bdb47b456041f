package io.arorp.api;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The control plane machines.
 */
public class MasterProfile extends MissingFields {
    @JsonProperty("vmSize")
    private String vmSize;
    @JsonProperty("subnetId")
    private String subnetId;
    @JsonProperty("encryptionAtHost")
    private EncryptionAtHost encryptionAtHost;
    @JsonProperty("diskEncryptionSetId")
    private String diskEncryptionSetId;

    public String getVmSize() {
        return vmSize;
    }

    public void setVmSize(String vmSize) {
        this.vmSize = vmSize;
    }

    public String getSubnetId() {
        return subnetId;
    }

    public void setSubnetId(String subnetId) {
        this.subnetId = subnetId;
    }

    public EncryptionAtHost getEncryptionAtHost() {
        return encryptionAtHost;
    }

    public void setEncryptionAtHost(EncryptionAtHost encryptionAtHost) {
        this.encryptionAtHost = encryptionAtHost;
    }

    public String getDiskEncryptionSetId() {
        return diskEncryptionSetId;
    }

    public void setDiskEncryptionSetId(String diskEncryptionSetId) {
        this.diskEncryptionSetId = diskEncryptionSetId;
    }
}
