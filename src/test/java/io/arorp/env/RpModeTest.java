package io.arorp.env;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RpModeTest {
    @Test
    void profileNamesMapToModesCaseInsensitively() {
        assertEquals(RpMode.PROD, RpMode.fromProfile("prod"));
        assertEquals(RpMode.TEST, RpMode.fromProfile(" Test "));
        assertEquals(RpMode.DEV, RpMode.fromProfile("dev"));
    }

    @Test
    void noProfileMeansDev() {
        assertEquals(RpMode.DEV, RpMode.fromProfile(null));
        assertEquals(RpMode.DEV, RpMode.fromProfile(""));
    }

    @Test
    void anUnknownProfileStopsStartupWithTheChoices() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> RpMode.fromProfile("staging"));
        assertTrue(e.getMessage().contains("prod, dev, test"), e.getMessage());
    }

    @Test
    void regionIsLowerCasedAndRequired() {
        assertEquals("eastus", new RpRegion(" EastUS ").location());
        assertThrows(IllegalStateException.class, () -> new RpRegion(" "));
    }
}
