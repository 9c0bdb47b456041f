package io.arorp.frontend;

import io.arorp.frontend.admin.AdminDeleteManagedResource;
import io.arorp.frontend.admin.AdminEffectiveRouteTable;
import io.arorp.frontend.admin.AdminListResources;
import io.arorp.frontend.admin.AdminListSkus;
import io.arorp.frontend.admin.AdminPreResizeValidation;
import io.arorp.frontend.admin.AdminReconcileFailedNic;
import io.arorp.frontend.admin.AdminResizeControlPlane;
import io.arorp.frontend.admin.AdminResizeVm;
import io.arorp.frontend.admin.AdminSerialConsole;
import io.arorp.frontend.admin.AdminVmPower;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Admin actions on a cluster's Azure resources (its managed resource group): list, SKUs, routes, serial console,
 * VM power and size (with the checks before a control-plane resize), NIC repair and deletion. Thin: each route reads its parameters and runs one action, bounded by
 * {@link io.arorp.frontend.admin.AdminTimeout}.
 */
@Path(AdminClusterRoute.ADMIN)
@RequestScoped
public class AdminClusterAzureResource extends AdminClusterRoute {
        @Inject
    AdminListResources resources;
    @Inject
    AdminListSkus skus;
    @Inject
    AdminEffectiveRouteTable routes;
    @Inject
    AdminSerialConsole serialConsole;
    @Inject
    AdminVmPower power;
    @Inject
    AdminResizeVm resize;
    @Inject
    AdminReconcileFailedNic reconcileNic;
    @Inject
    AdminDeleteManagedResource deleteResource;
    @Inject
    AdminPreResizeValidation preResize;
    @Inject
    AdminResizeControlPlane resizeControlPlane;

    @GET
    @Path(CLUSTER + "resources")
    public Response resources() {
        String id = clusterId();
        return responses.of(timeout.run(() -> resources.run(id)));
    }

    @GET
    @Path(CLUSTER + "skus")
    public Response skus() {
        String id = clusterId();
        return responses.of(timeout.run(() -> skus.run(id)));
    }

    @GET
    @Path(CLUSTER + "effectiveroutetable")
    public Response effectiveRouteTable(@QueryParam("nic") String nic) {
        String id = clusterId();
        return responses.of(timeout.run(() -> routes.run(id, nic)));
    }

    @GET
    @Path(CLUSTER + "serialconsole")
    public Response serialConsole(@QueryParam("vmName") String vmName) {
        String id = clusterId();
        byte[] log = timeout.run(() -> serialConsole.run(id, vmName));
        return Response.ok(log, MediaType.TEXT_PLAIN_TYPE).build();
    }

    @POST
    @Path(CLUSTER + "redeployvm")
    public Response redeployVm(@QueryParam("vmName") String vmName) {
        String id = clusterId();
        return responses.of(timeout.run(() -> power.redeploy(id, vmName)));
    }

    @POST
    @Path(CLUSTER + "startvm")
    public Response startVm(@QueryParam("vmName") String vmName) {
        String id = clusterId();
        return responses.of(timeout.run(() -> power.start(id, vmName)));
    }

    @POST
    @Path(CLUSTER + "stopvm")
    public Response stopVm(@QueryParam("vmName") String vmName, @QueryParam("deallocateVM") String deallocate) {
        String id = clusterId();
        return responses.of(timeout.run(() -> power.stop(id, vmName, "true".equalsIgnoreCase(deallocate))));
    }

    @POST
    @Path(CLUSTER + "resize")
    public Response resize(@QueryParam("vmName") String vmName, @QueryParam("vmSize") String vmSize) {
        String id = clusterId();
        return responses.of(timeout.run(() -> resize.run(id, vmName, vmSize)));
    }

    @POST
    @Path(CLUSTER + "reconcilefailednic")
    public Response reconcileFailedNic(@QueryParam("nicName") String nicName) {
        String id = clusterId();
        return responses.of(timeout.run(() -> reconcileNic.run(id, nicName)));
    }

    @POST
    @Path(CLUSTER + "deletemanagedresource")
    public Response deleteManagedResource(@QueryParam("managedResourceID") String managedResourceId) {
        String id = clusterId();
        return responses.of(timeout.run(() -> deleteResource.run(id, managedResourceId)));
    }

    @GET
    @Path(CLUSTER + "preresizevalidation")
    public Response preResizeValidation(@QueryParam("vmSize") String vmSize) {
        String id = clusterId();
        return responses.of(timeout.run(() -> preResize.run(id, vmSize)));
    }

    @POST
    @Path(CLUSTER + "resizecontrolplane")
    public Response resizeControlPlane(@QueryParam("vmSize") String vmSize,
            @QueryParam("deallocateVM") String deallocateVM) {
        String id = clusterId();
        timeout.runLong(() -> {
            resizeControlPlane.run(id, vmSize, deallocateVM);
            return null;
        });
        return responses.of(io.arorp.frontend.action.ArmResult.of(200, null));
    }
}
