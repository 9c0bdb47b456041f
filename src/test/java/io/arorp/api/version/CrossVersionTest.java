package io.arorp.api.version;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.arorp.api.ExampleClusters;
import io.arorp.api.OpenShiftCluster;
import io.arorp.api.PlainSecretModule;
import io.arorp.api.v20220401.Version20220401;
import io.arorp.api.v20240812preview.Version20240812preview;
import io.arorp.api.v20250725.Version20250725;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** A cluster written through one version and updated through another keeps everything. */
class CrossVersionTest {
    private final ObjectMapper docs = PlainSecretModule.mapper();

    static Stream<ApiVersion> versions() {
        return AllVersions.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("versions")
    void aReadModifyWriteThroughAnyVersionLosesNothing(ApiVersion v) {
        for (OpenShiftCluster stored : List.of(ExampleClusters.servicePrincipalCluster(),
                ExampleClusters.workloadIdentityCluster())) {
            TreeConverter<OpenShiftCluster> c = v.clusters();
            OpenShiftCluster rewritten = c.toInternal(c.toExternalWithSecrets(stored), stored);
            assertEquals(List.of(), JsonCompare.differences(docs.valueToTree(stored), docs.valueToTree(rewritten)));
        }
    }

    @Test
    void newerVersionsShowTheSameClusterAlike() {
        OpenShiftCluster oc = ExampleClusters.workloadIdentityCluster();
        JsonNode preview = docs.valueToTree(new Version20240812preview().clusters().toExternal(oc));
        JsonNode ga = docs.valueToTree(new Version20250725().clusters().toExternal(oc));
        assertEquals(preview, ga);
    }

    @Test
    void anOlderVersionKeepsWhatBothShareAndLeavesTheRest() {
        OpenShiftCluster created = new Version20250725().clusters().toInternal(
                new Version20250725().clusters().toExternalWithSecrets(ExampleClusters.workloadIdentityCluster()),
                null);
        TreeConverter<OpenShiftCluster> old = new Version20220401().clusters();
        JsonNode oldView = docs.valueToTree(old.toExternal(created));
        assertEquals("cluster.location.aroapp.io", oldView.at("/properties/clusterProfile/domain").asText());
        assertEquals("Enabled", oldView.at("/properties/clusterProfile/fipsValidatedModules").asText());
        assertEquals(true, oldView.at("/identity").isMissingNode());

        OpenShiftCluster updated = old.toInternal(old.toExternalWithSecrets(created), created);
        assertEquals(List.of(), JsonCompare.differences(docs.valueToTree(created), docs.valueToTree(updated)));
        assertEquals("4.15.40", updated.getProperties().getPlatformWorkloadIdentityProfile().getUpgradeableTo());
    }
}
