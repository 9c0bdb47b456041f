package io.arorp.api.version;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.arorp.api.Secret;
import io.arorp.util.json.Jackson;
import java.io.IOException;

/**
 * The two in-memory mappers conversion works with. Converting goes through JSON trees, so a secret must become a
 * string somewhere: the revealing mapper does that only to build a request base or to read a request into the
 * internal model; the redacting mapper writes every secret as absent and is the one responses are built with. Neither
 * mapper ever writes to the store (the database seals secrets with its own module).
 */
final class ConversionMappers {
    final ObjectMapper revealing = Jackson.newMapper().registerModule(module(true));
    final ObjectMapper redacting = Jackson.newMapper().registerModule(module(false));

    private static SimpleModule module(boolean reveal) {
        SimpleModule m = new SimpleModule(reveal ? "revealing-secrets" : "redacting-secrets");
        m.addSerializer(Secret.class, new JsonSerializer<>() {
            @Override
            public void serialize(Secret value, JsonGenerator gen, SerializerProvider p) throws IOException {
                if (reveal) {
                    gen.writeString(value.reveal());
                } else {
                    gen.writeNull();
                }
            }
        });
        m.addDeserializer(Secret.class, new JsonDeserializer<>() {
            @Override
            public Secret deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                return Secret.of(p.getValueAsString());
            }
        });
        return m;
    }
}
