package io.arorp.api.validate;

import io.arorp.api.CloudException;
import io.arorp.api.OpenShiftCluster;

/** A version's static validation of a cluster PUT or PATCH. */
public interface ClusterValidator {
    /**
     * @param external the request as this version's external object (body laid over the base)
     * @param current the stored cluster, or null on create
     * @throws CloudException 400 with the ARM code, the JSON path of the offending field and the message
     */
    void validate(Object external, OpenShiftCluster current, ValidationContext context);
}
