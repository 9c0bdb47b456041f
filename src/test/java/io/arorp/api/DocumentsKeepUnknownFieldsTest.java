package io.arorp.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every internal document type reads and writes back fields this release does not know, at every level. */
class DocumentsKeepUnknownFieldsTest {
    private final ObjectMapper mapper = PlainSecretModule.mapper();

    static Stream<Arguments> documents() {
        return Stream.of(
                Arguments.of(Subscription.class, """
                        {"state":"Registered","future":1,"properties":{"tenantId":"t","future":[1],
                         "accountOwner":{"email":"e","future":true},
                         "registeredFeatures":[{"name":"n","state":"Registered","future":"x"}]}}"""),
                Arguments.of(AsyncOperation.class, """
                        {"id":"/x","name":"x","initialStatus":"Creating","status":"Failed",
                         "startTime":"2024-01-02T03:04:05Z","endTime":"2024-01-02T04:04:05Z",
                         "error":{"code":"InternalServerError","message":"Internal server error."},"future":{"a":1}}"""),
                Arguments.of(OpenShiftVersion.class, """
                        {"id":"i","name":"4.15.35","type":"t","deleting":true,"future":2,"properties":{"version":"4.15.35",
                         "openShiftPullspec":"o","installerPullspec":"i","enabled":true,"default":true,"future":"f"}}"""),
                Arguments.of(PlatformWorkloadIdentityRoleSet.class, """
                        {"id":"i","name":"4.15","properties":{"openShiftVersion":"4.15","future":1,
                         "platformWorkloadIdentityRoles":[{"operatorName":"o","roleDefinitionName":"r",
                          "roleDefinitionId":"d","serviceAccounts":["s"],"secretLocation":{"namespace":"n","name":"m",
                          "future":1},"future":2}]}}"""),
                Arguments.of(OpenShiftCluster.class, """
                        {"properties":{"registryProfiles":[{"name":"r","username":"u","password":"p",
                          "issueDate":"2024-01-02T03:04:05Z","future":1}],"hiveProfile":{"namespace":"n",
                          "createdByHive":true,"future":1},"featureProfile":{"gatewayEnabled":true,"future":1},
                          "apiserverProfile":{"intIp":"10.0.0.4","future":1},
                          "platformWorkloadIdentityProfile":{"platformWorkloadIdentities":{"o":{"resourceId":"r",
                          "future":1}},"future":1},"servicePrincipalProfile":{"spObjectId":"s","future":1}}}"""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void roundTrips(Class<?> type, String json) throws Exception {
        JsonNode original = mapper.readTree(json);
        assertEquals(original, mapper.valueToTree(mapper.treeToValue(original, type)));
    }
}
