package io.arorp.database.secret;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.arorp.api.Secret;
import java.io.IOException;
import java.util.Base64;

/**
 * Writes every {@link Secret} as base64 of its sealed bytes and opens it on read. Registered on the database's
 * mapper only: the store never sees a plain secret, and no other mapper can write a sealed one by accident.
 */
public final class SecretModule extends SimpleModule {
    private static final long serialVersionUID = 1L;

    public SecretModule(SecretSealer sealer) {
        super("aro-secrets");
        addSerializer(Secret.class, new JsonSerializer<>() {
            @Override
            public void serialize(Secret value, JsonGenerator gen, SerializerProvider provider) throws IOException {
                gen.writeString(Base64.getEncoder().encodeToString(sealer.seal(value.revealBytes())));
            }
        });
        addDeserializer(Secret.class, new JsonDeserializer<>() {
            @Override
            public Secret deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
                byte[] sealed;
                try {
                    sealed = Base64.getDecoder().decode(p.getValueAsString());
                } catch (IllegalArgumentException e) {
                    throw new SecretUnreadableException("a stored secret is not base64", e);
                }
                return Secret.ofBytes(sealer.open(sealed));
            }
        });
    }
}
