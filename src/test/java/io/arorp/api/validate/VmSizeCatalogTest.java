package io.arorp.api.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Map;
import org.junit.jupiter.api.Test;

class VmSizeCatalogTest {
    @Test
    void everySupportedSizeHasCoresAndAFamily() {
        Map<String, VmSizeCatalog.VmSize> master = VmSizeCatalog.forRole(true);
        Map<String, VmSizeCatalog.VmSize> worker = VmSizeCatalog.forRole(false);
        assertEquals(VmSizes.MASTER.size(), master.size());
        assertEquals(VmSizes.WORKER.size(), worker.size());
        assertEquals(new VmSizeCatalog.VmSize(8, "standardDSv3Family"), master.get("Standard_D8s_v3"));
        assertEquals(new VmSizeCatalog.VmSize(64, "standardESv3Family"), master.get("Standard_E64is_v3"));
        assertEquals(new VmSizeCatalog.VmSize(104, "standardEIDSv5Family"), master.get("Standard_E104ids_v5"));
        assertEquals(new VmSizeCatalog.VmSize(4, "standardLsv2Family"), worker.get("Standard_L4s"));
        assertEquals(new VmSizeCatalog.VmSize(16, "Standard NCASv3_T4 Family"), worker.get("Standard_NC16as_T4_v3"));
        assertEquals(new VmSizeCatalog.VmSize(24, "Standard NCSv3 Family"), worker.get("Standard_NC24rs_v3"));
        assertEquals(new VmSizeCatalog.VmSize(16, "standardDLDSv6Family"), worker.get("Standard_D1l6ds_v6"));
        assertEquals(new VmSizeCatalog.VmSize(96, "standardDDSv6Family"), worker.get("Standard_D96ds_v6"));
        assertFalse(master.containsKey("Standard_D4s_v3"), "masters need 8 cores");
    }
}
