package io.arorp.frontend;

import static io.arorp.frontend.ArmErrorsIT.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.arorp.testing.Deployments;
import io.arorp.testing.RpClient;
import io.arorp.testing.RpClient.Identity;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The test server authenticates like prod: ARM's pinned client certificate for ARM routes, the admin CA and common
 * name for admin calls; anyone else gets 403 Forbidden.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuthenticationIT {
    private static final String OPERATIONS = "/providers/Microsoft.RedHatOpenShift/operations";
    private final RpClient rp = new RpClient();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.packagedWar();
    }

    @Test
    void armsCertificateIsAccepted() throws Exception {
        assertEquals(200, rp.get(rp.https(), OPERATIONS).statusCode());
    }

    @Test
    void noCertificateIsForbidden() throws Exception {
        assertError(rp.as(Identity.NONE).get(rp.https(), OPERATIONS), 403, "Forbidden", "Forbidden.");
    }

    @Test
    void aCertificateFromTheSameCaThatArmDoesNotPublishIsForbidden() throws Exception {
        assertError(rp.as(Identity.STRANGER).get(rp.https(), OPERATIONS), 403, "Forbidden", "Forbidden.");
    }

    @Test
    void unknownPathsAreAuthenticatedBeforeTheyAreNotFound() throws Exception {
        assertError(rp.as(Identity.NONE).get(rp.https(), "/no-such-path"), 403, "Forbidden", "Forbidden.");
        assertEquals(404, rp.get(rp.https(), "/no-such-path").statusCode());
    }

    @Test
    void adminCallsNeedTheAdminCertificateAndArmsDoesNotDo() throws Exception {
        String adminCall = OPERATIONS + "?api-version=admin";
        assertEquals(200, rp.as(Identity.ADMIN).get(rp.https(), adminCall).statusCode());
        assertError(rp.get(rp.https(), adminCall), 403, "Forbidden", "Forbidden.");
        assertError(rp.as(Identity.STRANGER).get(rp.https(), adminCall), 403, "Forbidden", "Forbidden.");
    }

    @Test
    void theReadinessProbeNeedsNoCertificate() throws Exception {
        HttpResponse<String> response = rp.as(Identity.NONE).get(rp.https(), "/healthz/ready");
        assertEquals(200, response.statusCode());
    }
}
