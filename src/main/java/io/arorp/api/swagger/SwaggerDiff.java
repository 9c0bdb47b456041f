package io.arorp.api.swagger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compares the definitions of two swagger documents by what a client sees: property names, type, format, enum,
 * readOnly, required and which definition or common type a property refers to. Plain string, map and enum
 * definitions are inlined first, so writing a type inline or as a named definition is not a difference; descriptions
 * and extensions other than those are not compared.
 */
public final class SwaggerDiff {
    private final JsonNode expected;
    private final JsonNode actual;

    private SwaggerDiff(JsonNode expected, JsonNode actual) {
        this.expected = expected;
        this.actual = actual;
    }

    /** The differences, one line each, prefixed by the definition path. */
    public static List<String> differences(JsonNode expected, JsonNode actual) {
        return new SwaggerDiff(expected, actual).compare();
    }

    private List<String> compare() {
        List<String> out = new ArrayList<>();
        Set<String> names = new TreeSet<>();
        objectDefinitions(expected, names);
        objectDefinitions(actual, names);
        for (String name : names) {
            JsonNode e = expected.path("definitions").get(name);
            JsonNode a = actual.path("definitions").get(name);
            if (e == null || !isObject(e)) {
                out.add(name + ": only generated");
            } else if (a == null || !isObject(a)) {
                out.add(name + ": missing from generated");
            } else {
                compareObject(name, e, a, out);
            }
        }
        return out;
    }

    private void compareObject(String name, JsonNode e, JsonNode a, List<String> out) {
        same(name + " allOf", canonicalRefs(e.path("allOf")), canonicalRefs(a.path("allOf")), out);
        same(name + " required", new TreeSet<>(texts(e.path("required"))), new TreeSet<>(texts(a.path("required"))),
                out);
        Set<String> props = new TreeSet<>();
        e.path("properties").fieldNames().forEachRemaining(props::add);
        a.path("properties").fieldNames().forEachRemaining(props::add);
        for (String p : props) {
            JsonNode ep = e.path("properties").get(p);
            JsonNode ap = a.path("properties").get(p);
            String path = name + "." + p;
            if (ep == null) {
                out.add(path + ": only generated");
            } else if (ap == null) {
                out.add(path + ": missing from generated");
            } else {
                same(path, shape(expected, ep), shape(actual, ap), out);
            }
        }
    }

    /** What a client sees of a property schema, with plain definitions inlined. */
    private static JsonNode shape(JsonNode doc, JsonNode schema) {
        ObjectNode s = JsonNodeFactory.instance.objectNode();
        boolean readOnly = schema.path("readOnly").asBoolean(false);
        JsonNode resolved = schema;
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asText();
            if (!ref.startsWith("#/definitions/")) {
                s.put("ref", ref.substring(ref.indexOf("common-types/") + 1));
                return readOnly ? s.put("readOnly", true) : s;
            }
            String name = ref.substring("#/definitions/".length());
            JsonNode target = doc.path("definitions").path(name);
            if (isObject(target)) {
                s.put("ref", name);
                return readOnly ? s.put("readOnly", true) : s;
            }
            resolved = target;
            readOnly |= target.path("readOnly").asBoolean(false);
        }
        for (String field : new String[] {"type", "format"}) {
            if (resolved.has(field)) {
                s.put(field, resolved.get(field).asText());
            }
        }
        if (resolved.has("enum")) {
            s.putPOJO("enum", new TreeSet<>(texts(resolved.get("enum"))).toString());
        }
        if (resolved.has("items")) {
            s.set("items", shape(doc, resolved.get("items")));
        }
        if (resolved.has("additionalProperties")) {
            s.set("additionalProperties", shape(doc, resolved.get("additionalProperties")));
        }
        return readOnly ? s.put("readOnly", true) : s;
    }

    private static void objectDefinitions(JsonNode doc, Set<String> into) {
        for (Iterator<String> it = doc.path("definitions").fieldNames(); it.hasNext();) {
            String name = it.next();
            if (isObject(doc.path("definitions").get(name))) {
                into.add(name);
            }
        }
    }

    /** A definition with properties or a base is a model; the others (enums, aliases) are inlined. */
    private static boolean isObject(JsonNode d) {
        return d.has("properties") || d.has("allOf");
    }

    private static Set<String> canonicalRefs(JsonNode allOf) {
        Set<String> refs = new TreeSet<>();
        allOf.forEach(r -> refs.add(r.path("$ref").asText().replaceAll("^.*common-types/", "common-types/")));
        return refs;
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static void same(String path, Object e, Object a, List<String> out) {
        if (!e.equals(a)) {
            out.add(path + ": official " + e + ", generated " + a);
        }
    }
}
