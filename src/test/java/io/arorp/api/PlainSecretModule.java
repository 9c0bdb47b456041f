package io.arorp.api;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.arorp.util.json.Jackson;
import java.io.IOException;

/** Test-only: writes secrets in the clear, so model tests can compare documents without the database's sealing. */
public final class PlainSecretModule extends SimpleModule {
    private static final long serialVersionUID = 1L;

    public PlainSecretModule() {
        addSerializer(Secret.class, new JsonSerializer<>() {
            @Override
            public void serialize(Secret value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
                gen.writeString(value.reveal());
            }
        });
        addDeserializer(Secret.class, new JsonDeserializer<>() {
            @Override
            public Secret deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                return Secret.of(p.getValueAsString());
            }
        });
    }

    /** The shared configuration plus this module. */
    public static ObjectMapper mapper() {
        return Jackson.newMapper().registerModule(new PlainSecretModule());
    }
}
