package io.arorp.frontend.admin;

import io.arorp.api.CloudException;
import io.arorp.api.validate.VmSizeCatalog;
import io.arorp.frontend.action.ArmResult;
import jakarta.enterprise.context.ApplicationScoped;

/** The VM sizes a cluster role may use, with cores and quota family, so SREs can check quota before a resize. */
@ApplicationScoped
public class AdminSupportedVmSizes {
    public ArmResult forRole(String vmRole) {
        if (!"master".equals(vmRole) && !"worker".equals(vmRole)) {
            throw new CloudException(400, "InvalidParameter", null, "The provided vmRole '"
                    + (vmRole == null ? "" : vmRole) + "' is invalid. vmRole can only be master or worker");
        }
        return ArmResult.of(200, VmSizeCatalog.forRole("master".equals(vmRole)));
    }
}
