package io.arorp.api.validate;

import static io.arorp.api.validate.Json.text;

import com.fasterxml.jackson.databind.JsonNode;
import io.arorp.api.CloudException;
import io.arorp.api.OpenShiftCluster;
import io.arorp.api.version.TreeConverter;

/**
 * The admin (Geneva Actions) API edits existing clusters only, and only the fields SREs operate: maintenance task,
 * operator flags and version, the gateway switch and the egress type. Everything else is immutable.
 */
public class AdminClusterValidator implements ClusterValidator {
    private final TreeConverter<OpenShiftCluster> converter;

    public AdminClusterValidator(TreeConverter<OpenShiftCluster> converter) {
        this.converter = converter;
    }

    @Override
    public void validate(Object external, OpenShiftCluster current, ValidationContext context) {
        if (current == null) {
            throw new CloudException(400, "RequestNotAllowed", null, "Admin API does not allow cluster creation.");
        }
        JsonNode oc = converter.tree(external);
        ImmutabilityCheck.check(converter.externalType(), oc,
                converter.tree(converter.toExternalWithSecrets(current)));
        String task = text(oc, "properties.maintenanceTask");
        boolean known = task.isEmpty() || java.util.Arrays.stream(io.arorp.api.MaintenanceTask.values())
                .anyMatch(t -> t.value().equals(task));
        if (!known) {
            throw Errors.invalid("properties.maintenanceTask", "Invalid enum parameter.");
        }
    }
}
