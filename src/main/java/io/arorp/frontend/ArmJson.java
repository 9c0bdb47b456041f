package io.arorp.frontend;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.arorp.util.json.Jackson;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Writes response bodies the way the original RP does: 4-space indentation, {@code "key": value}, empty arrays and
 * objects as {@code []} and {@code {}} (Go's encoder), and a trailing newline. Responses are serialized here rather than by a JAX-RS provider so the exact bytes are under our control.
 */
@ApplicationScoped
public class ArmJson {
    private final ObjectMapper mapper = Jackson.newMapper();
    private final ObjectWriter writer = mapper.writer(new DefaultPrettyPrinter(
            Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("").withArrayEmptySeparator(""))
            .withObjectIndenter(new DefaultIndenter("    ", "\n"))
            .withArrayIndenter(new DefaultIndenter("    ", "\n")))
            // Go's encoder writes map keys sorted; without this a Map's order would vary from run to run
            .with(com.fasterxml.jackson.databind.SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    public byte[] write(Object value) {
        try {
            return (writer.writeValueAsString(value) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot serialize " + value.getClass().getName(), e);
        }
    }

    public ObjectMapper mapper() {
        return mapper;
    }
}
