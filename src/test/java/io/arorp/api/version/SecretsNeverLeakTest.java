package io.arorp.api.version;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.arorp.api.ExampleClusters;
import io.arorp.api.OpenShiftCluster;
import io.arorp.util.json.Jackson;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** GET, list and async-operation responses never carry a secret, whatever the version. */
class SecretsNeverLeakTest {
    private static final List<String> SECRETS = List.of("clientSecret", "{\\\"auths\\\":{}}", "signingKey",
            "kubeadminPassword", "adminKubeconfig", "userAdminKubeconfig", "aroServiceKubeconfig", "aroSREKubeconfig",
            "sshKey", "registryPassword");

    private final ObjectMapper mapper = Jackson.newMapper();

    static Stream<ApiVersion> versions() {
        return AllVersions.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("versions")
    void responsesCarryNoSecret(ApiVersion v) throws Exception {
        for (OpenShiftCluster oc : List.of(ExampleClusters.servicePrincipalCluster(),
                ExampleClusters.workloadIdentityCluster())) {
            String single = mapper.writeValueAsString(v.clusters().toExternal(oc));
            String list = mapper.writeValueAsString(v.clusters().toExternalList(List.of(oc), "https://next"));
            for (String secret : SECRETS) {
                assertFalse(single.contains(secret), v + " GET leaks " + secret + ": " + single);
                assertFalse(list.contains(secret), v + " list leaks " + secret);
            }
            assertTrue(single.contains("\"domain\":\"cluster.location.aroapp.io\""), single);
            assertTrue(list.contains("\"nextLink\":\"https://next\""), list);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("versions")
    void theRequestBaseKeepsTheSecretsAnUpdateIsComparedWith(ApiVersion v) throws Exception {
        String base = mapper.writeValueAsString(v.clusters().toExternalWithSecrets(
                ExampleClusters.servicePrincipalCluster()));
        // the admin view has no secret field at all; customer versions need them to check an update
        assertTrue(v.name().equals("admin") != base.contains("\"clientSecret\":\"clientSecret\""), base);
        assertFalse(base.contains("kubeadminPassword"), base);
    }
}
