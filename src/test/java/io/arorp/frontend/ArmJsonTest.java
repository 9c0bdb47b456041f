package io.arorp.frontend;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ArmJsonTest {
    private final ArmJson json = new ArmJson();

    @Test
    void writesLikeGosMarshalIndent() {
        assertEquals("{\n    \"value\": [],\n    \"x\": {}\n}\n", write(Map.of("value", List.of(), "x", Map.of())));
        assertEquals("[]\n", write(List.of()));
        assertEquals("{}\n", write(Map.of()));
        assertEquals("[\n    1,\n    2\n]\n", write(List.of(1, 2)));
    }

    private String write(Object value) {
        return new String(json.write(value), StandardCharsets.UTF_8);
    }
}
