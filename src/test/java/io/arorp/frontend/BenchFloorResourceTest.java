package io.arorp.frontend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.arorp.api.CloudException;
import java.io.InputStream;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class BenchFloorResourceTest {

    @Test
    void answersAnEmptyObjectOnlyWhenEnabled() {
        BenchFloorResource floor = new BenchFloorResource();
        assertEquals(404, assertThrows(CloudException.class, floor::floor).status());
        floor.enabled = true;
        assertEquals("{}", floor.floor());
    }

    @Test
    void isOffByDefaultAndInProd() throws Exception {
        Properties config = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/META-INF/microprofile-config.properties")) {
            config.load(in);
        }
        assertEquals("false", config.getProperty("aro.bench.floor-endpoint"));
        assertEquals("false", config.getProperty("%prod.aro.bench.floor-endpoint"));
    }
}
