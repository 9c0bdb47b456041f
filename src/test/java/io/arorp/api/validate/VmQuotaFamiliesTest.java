package io.arorp.api.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Cores and quota family of the sizes ARO accepts, as Azure's usages name them. */
class VmQuotaFamiliesTest {
    @ParameterizedTest
    @CsvSource({
        "Standard_D8s_v3, 8, standardDSv3Family",
        "Standard_D16as_v4, 16, standardDASv4Family",
        "Standard_D32ds_v5, 32, standardDDSv5Family",
        "Standard_E104ids_v5, 104, standardEIDSv5Family",
        "Standard_F72s_v2, 72, standardFSv2Family",
        "Standard_M128ms, 128, standardMSFamily",
        "Standard_L8s_v3, 8, standardLSv3Family",
        "Standard_L16s, 16, standardLSFamily",
        "Standard_NC24rs_v3, 24, standardNCSv3Family",
        "Standard_NC4as_T4_v3, 4, Standard NCASv3_T4 Family",
        "Standard_D1l6ds_v6, 16, standardDLDSv6Family",
    })
    void coresAndFamilyComeFromTheName(String size, int cores, String family) {
        assertEquals(cores, VmQuotaFamilies.cores(size));
        assertEquals(family, VmQuotaFamilies.family(size));
    }

    @ParameterizedTest
    @CsvSource({"Standard_D8s_v3", "Standard_E64is_v3", "Standard_D96lds_v6"})
    void everyAcceptedSizeHasAFamily(String size) {
        assertNotNull(VmQuotaFamilies.family(size));
    }

    @org.junit.jupiter.api.Test
    void everyAcceptedSizeHasCoresAndAFamily() {
        for (String size : VmSizes.WORKER) {
            assertNotNull(VmQuotaFamilies.family(size), size);
            assertEquals(true, VmQuotaFamilies.cores(size) > 0, size);
        }
        for (String size : VmSizes.MASTER) {
            assertNotNull(VmQuotaFamilies.family(size), size);
            assertEquals(true, VmQuotaFamilies.cores(size) >= 4, size);
        }
    }
}
