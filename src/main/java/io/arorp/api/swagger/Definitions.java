package io.arorp.api.swagger;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arorp.api.schema.Alias;
import io.arorp.api.schema.ArmResource;
import io.arorp.api.schema.CommonRef;
import io.arorp.api.schema.Doc;
import io.arorp.api.schema.EnumValues;
import io.arorp.api.schema.Flatten;
import io.arorp.api.schema.Format;
import io.arorp.api.schema.ReadOnly;
import io.arorp.api.schema.RequestOnly;
import io.arorp.api.schema.Required;
import io.arorp.api.schema.Schema;
import io.arorp.api.schema.Schema.Property;
import io.arorp.api.schema.SecretValue;
import java.lang.reflect.Type;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.TreeMap;

/** Builds the {@code definitions} of one version from its external record types. */
final class Definitions {
    static final String COMMON = "../../../../../../common-types/resource-management/v6/";
    private final JsonNodeFactory f = JsonNodeFactory.instance;
    private final Map<String, ObjectNode> definitions = new TreeMap<>();

    /** Adds the type and every type it refers to. */
    void add(Class<?> type) {
        String name = type.getSimpleName();
        if (definitions.containsKey(name) || type.isAnnotationPresent(CommonRef.class)) {
            return;
        }
        ObjectNode d = f.objectNode();
        definitions.put(name, d);
        d.put("type", "object");
        doc(d, type.getAnnotation(Doc.class));
        ArmResource resource = type.getAnnotation(ArmResource.class);
        if (resource != null && resource.value().definition() != null) {
            d.putArray("allOf").addObject().put("$ref", COMMON + "types.json#/definitions/"
                    + resource.value().definition());
        }
        ObjectNode props = d.putObject("properties");
        ArrayNode required = f.arrayNode();
        for (Property p : Schema.properties(type)) {
            if ((resource != null && resource.value().inherited().contains(p.name()))
                    || p.annotation(RequestOnly.class).isPresent()) {
                continue;
            }
            props.set(p.name(), property(p));
            if (p.annotation(Required.class).isPresent()) {
                required.add(p.name());
            }
        }
        if (!required.isEmpty()) {
            d.set("required", required);
        }
    }

    Map<String, ObjectNode> all() {
        return definitions;
    }

    private ObjectNode property(Property p) {
        ObjectNode s = schema(p.genericType(), p);
        doc(s, p.annotation(Doc.class).orElse(null));
        if (p.annotation(ReadOnly.class).isPresent()) {
            s.put("readOnly", true);
        }
        if (p.annotation(SecretValue.class).isPresent()) {
            s.put("x-ms-secret", true);
        }
        if (p.annotation(Flatten.class).isPresent()) {
            s.put("x-ms-client-flatten", true);
        }
        return s;
    }

    private ObjectNode schema(Type type, Property p) {
        Class<?> raw = type instanceof Class<?> c ? c
                : (Class<?>) ((java.lang.reflect.ParameterizedType) type).getRawType();
        if (p != null && p.annotation(EnumValues.class).isPresent()) {
            return ref(enumDefinition(p.annotation(EnumValues.class).get()));
        }
        if (p != null && p.annotation(Alias.class).isPresent()) {
            Alias alias = p.annotation(Alias.class).get();
            ObjectNode target = schema(type, null);
            doc(target, alias.description().isEmpty() ? null : alias::description);
            definitions.putIfAbsent(alias.value(), target);
            return ref(alias.value());
        }
        ObjectNode s = f.objectNode();
        if (java.util.List.class.isAssignableFrom(raw)) {
            s.put("type", "array");
            s.set("items", schema(Schema.typeArgument(type, 0), null));
        } else if (Map.class.isAssignableFrom(raw)) {
            s.put("type", "object");
            s.set("additionalProperties", schema(Schema.typeArgument(type, 1), null));
        } else if (raw.isRecord()) {
            CommonRef common = raw.getAnnotation(CommonRef.class);
            if (common != null) {
                s.put("$ref", COMMON + common.value());
            } else {
                add(raw);
                s.put("$ref", "#/definitions/" + raw.getSimpleName());
            }
        } else {
            primitive(s, raw);
        }
        if (p != null && p.annotation(Format.class).isPresent()) {
            s.put("format", p.annotation(Format.class).get().value());
        }
        return s;
    }

    private static void primitive(ObjectNode s, Class<?> raw) {
        if (raw == Integer.class || raw == int.class) {
            s.put("type", "integer").put("format", "int32");
        } else if (raw == Long.class || raw == long.class) {
            s.put("type", "integer").put("format", "int64");
        } else if (raw == Boolean.class || raw == boolean.class) {
            s.put("type", "boolean");
        } else if (raw == OffsetDateTime.class) {
            s.put("type", "string").put("format", "date-time");
        } else {
            s.put("type", "string");
        }
    }

    private String enumDefinition(EnumValues e) {
        ObjectNode d = f.objectNode();
        d.put("type", "string");
        doc(d, e.description().isEmpty() ? null : e::description);
        ArrayNode values = d.putArray("enum");
        for (String v : e.values()) {
            values.add(v);
        }
        d.putObject("x-ms-enum").put("name", e.name()).put("modelAsString", true);
        definitions.putIfAbsent(e.name(), d);
        return e.name();
    }

    private ObjectNode ref(String definition) {
        return f.objectNode().put("$ref", "#/definitions/" + definition);
    }

    private static void doc(ObjectNode node, Doc doc) {
        if (doc != null) {
            node.put("description", doc.value());
        }
    }

    private static void doc(ObjectNode node, java.util.function.Supplier<String> doc) {
        if (doc != null) {
            node.put("description", doc.get());
        }
    }
}
