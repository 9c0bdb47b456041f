package io.arorp.frontend.admin;

import io.arorp.api.CloudException;
import io.kubernetes.client.openapi.ApiException;
import io.kubernetes.client.openapi.apis.CertificatesV1Api;
import io.kubernetes.client.openapi.models.V1CertificateSigningRequest;
import io.kubernetes.client.openapi.models.V1CertificateSigningRequestCondition;
import io.kubernetes.client.openapi.models.V1CertificateSigningRequestStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Approves one certificate signing request, or all of them, through the approval subresource: what SREs do when a
 * node cannot join because nobody approved its kubelet certificates. A denied CSR stays denied; an approved one is
 * left as it is.
 */
@ApplicationScoped
public class AdminApproveCsr {
    static final String REASON = "AROSupportApprove";
    static final String MESSAGE = "This CSR was approved by ARO support personnel.";
    private AdminCluster cluster;
    private Clock clock;

    @Inject
    public AdminApproveCsr(AdminCluster cluster, Clock clock) {
        this.cluster = cluster;
        this.clock = clock;
    }

    protected AdminApproveCsr() {
    }

    /** @param csrName one CSR, or null/empty for every CSR of the cluster */
    public int run(String resourceId, String csrName) {
        boolean one = csrName != null && !csrName.isEmpty();
        if (one) {
            AdminParameters.kubernetesName("name", csrName);
        }
        CertificatesV1Api api = new CertificatesV1Api(cluster.kube(cluster.document(resourceId)));
        try {
            if (one) {
                return approve(api, read(api, csrName)) ? 1 : 0;
            }
            int approved = 0;
            for (V1CertificateSigningRequest csr : api.listCertificateSigningRequest().execute().getItems()) {
                approved += approve(api, csr) ? 1 : 0;
            }
            return approved;
        } catch (ApiException e) {
            throw KubeErrors.of(e);
        }
    }

    private static V1CertificateSigningRequest read(CertificatesV1Api api, String name) throws ApiException {
        try {
            return api.readCertificateSigningRequest(name).execute();
        } catch (ApiException e) {
            if (e.getCode() == 404) {
                throw new CloudException(400, "ResourceNotFound", null,
                        "certificate signing request '" + name + "' was not found.");
            }
            throw e;
        }
    }

    /** True when this call approved it. */
    private boolean approve(CertificatesV1Api api, V1CertificateSigningRequest csr) throws ApiException {
        if (csr.getStatus() == null) {
            csr.setStatus(new V1CertificateSigningRequestStatus());
        }
        String name = csr.getMetadata().getName();
        var conditions = csr.getStatus().getConditions() == null ? java.util.List.<V1CertificateSigningRequestCondition>of()
                : csr.getStatus().getConditions();
        for (V1CertificateSigningRequestCondition c : conditions) {
            if ("Denied".equals(c.getType())) {
                throw new CloudException(400, "PropertyChangeNotAllowed", null,
                        "certificate signing request \"" + name + "\" is already Denied");
            }
        }
        if (conditions.stream().anyMatch(c -> "Approved".equals(c.getType()))) {
            return false;
        }
        csr.getStatus().addConditionsItem(new V1CertificateSigningRequestCondition().type("Approved").status("True")
                .reason(REASON).message(MESSAGE).lastUpdateTime(OffsetDateTime.ofInstant(clock.instant(),
                        ZoneOffset.UTC)));
        api.replaceCertificateSigningRequestApproval(name, csr).execute();
        return true;
    }
}
