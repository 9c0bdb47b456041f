package io.arorp.api.swagger;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.arorp.api.version.AllVersions;
import io.arorp.api.version.ApiVersion;
import io.arorp.util.json.Jackson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * (Re)writes {@code swagger/<version>/} for every customer version from the external types, and holds the two versions
 * with an official spec here to it, definition by definition.
 */
class SwaggerTest {
    /** Differences accepted on purpose; each is explained in swagger/README.md. */
    private static final Map<String, List<String>> ACCEPTED = Map.of("2025-07-25", List.of(),
            "2024-08-12-preview", List.of());

    private final ObjectMapper mapper = Jackson.newMapper();

    static Stream<ApiVersion> versions() {
        return AllVersions.customer().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("versions")
    void generate(ApiVersion v) throws IOException {
        SwaggerGenerator.Result result = new SwaggerGenerator().generate(v);
        Path dir = Path.of("swagger", v.name());
        Files.createDirectories(dir.resolve("examples"));
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(
                new DefaultIndenter("  ", "\n"));
        ObjectWriter writer = mapper.writer(printer);
        Files.writeString(dir.resolve("redhatopenshift.json"), writer.writeValueAsString(result.swagger()) + "\n");
        for (Map.Entry<String, JsonNode> e : result.examples().files().entrySet()) {
            Files.writeString(dir.resolve("examples").resolve(e.getKey()), writer.writeValueAsString(e.getValue())
                    + "\n");
        }
        JsonNode official = official(v.name());
        if (official != null) {
            assertEquals(ACCEPTED.get(v.name()), SwaggerDiff.differences(official, result.swagger()));
        }
    }

    private JsonNode official(String version) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/swagger/" + version + "/redhatopenshift.json")) {
            return in == null ? null : mapper.readTree(in);
        }
    }
}
