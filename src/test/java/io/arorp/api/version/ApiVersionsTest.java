package io.arorp.api.version;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.arorp.api.CloudException;
import io.arorp.api.v20250725.Version20250725;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApiVersionsTest {
    private final ApiVersions versions = new ApiVersions(AllVersions.all());

    @Test
    void everyRegisteredVersionIsFoundByItsName() {
        assertEquals(Set.of("2020-04-30", "2021-09-01-preview", "2022-04-01", "2022-09-04", "2023-04-01",
                "2023-07-01-preview", "2023-09-04", "2023-11-22", "2024-08-12-preview", "2025-07-25", "admin"),
                versions.names());
        assertEquals("2025-07-25", versions.get("2025-07-25", "Microsoft.RedHatOpenShift", "openShiftClusters")
                .name());
    }

    @Test
    void anUnknownVersionIsTheArmErrorNotANull() {
        CloudException e = assertThrows(CloudException.class,
                () -> versions.get("2019-01-01", "Microsoft.RedHatOpenShift", "openShiftClusters"));
        assertEquals(400, e.status());
        assertEquals("InvalidResourceType", e.code());
        assertEquals("The resource type 'openShiftClusters' could not be found in the namespace "
                + "'Microsoft.RedHatOpenShift' for api version '2019-01-01'.", e.getMessage());
        assertTrue(versions.find(null).isEmpty());
    }

    @Test
    void aVersionRegisteredTwiceIsAStartupError() {
        assertThrows(IllegalStateException.class,
                () -> new ApiVersions(List.of(new Version20250725(), new Version20250725())));
    }

    @Test
    void endpointsFollowTheVersionTable() {
        assertTrue(versions.find("2020-04-30").orElseThrow().adminCredentials().isEmpty());
        assertTrue(versions.find("2021-09-01-preview").orElseThrow().adminCredentials().isPresent());
        assertTrue(versions.find("2022-04-01").orElseThrow().openShiftVersions().isEmpty());
        assertTrue(versions.find("2022-09-04").orElseThrow().openShiftVersions().isPresent());
        assertTrue(versions.find("2023-11-22").orElseThrow().platformWorkloadIdentityRoleSets().isEmpty());
        assertTrue(versions.find("2024-08-12-preview").orElseThrow().platformWorkloadIdentityRoleSets()
                .isPresent());
        assertTrue(versions.find("admin").orElseThrow().credentials().isEmpty());
    }
}
