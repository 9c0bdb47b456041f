package io.arorp.api;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A pool of worker machines: as requested at create time, or as observed in the cluster (status).
 */
public class WorkerProfile extends MissingFields {
    @JsonProperty("name")
    private String name;
    @JsonProperty("vmSize")
    private String vmSize;
    @JsonProperty("diskSizeGB")
    private Integer diskSizeGB;
    @JsonProperty("subnetId")
    private String subnetId;
    @JsonProperty("count")
    private Integer count;
    @JsonProperty("encryptionAtHost")
    private EncryptionAtHost encryptionAtHost;
    @JsonProperty("diskEncryptionSetId")
    private String diskEncryptionSetId;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getVmSize() {
        return vmSize;
    }

    public void setVmSize(String vmSize) {
        this.vmSize = vmSize;
    }

    public Integer getDiskSizeGB() {
        return diskSizeGB;
    }

    public void setDiskSizeGB(Integer diskSizeGB) {
        this.diskSizeGB = diskSizeGB;
    }

    public String getSubnetId() {
        return subnetId;
    }

    public void setSubnetId(String subnetId) {
        this.subnetId = subnetId;
    }

    public Integer getCount() {
        return count;
    }

    public void setCount(Integer count) {
        this.count = count;
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
