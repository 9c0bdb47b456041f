package io.arorp.api.version;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arorp.api.CloudException;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Converts between one internal type and one version's external record types through JSON trees. Versions differ in
 * which fields they carry, not in how a field converts, so the external record types alone say what a version shows
 * and accepts; a version's converter is this class configured with its types.
 *
 * @param <I> the internal type
 */
public class TreeConverter<I> {
    private final ConversionMappers mappers = new ConversionMappers();
    private final Class<I> internalType;
    private final Class<?> externalType;
    private final Class<?> listType;
    private final Map<String, String> toInternalNames;
    private final TreeMerge merge;
    private final RequestMerge requestMerge;

    /**
     * @param renames top-level external names stored under another internal name (external → internal)
     * @param keepWhenAbsent internal paths of secrets a request keeps when it leaves them out
     * @param replacedMaps external paths of maps a request body replaces instead of merging
     */
    public TreeConverter(Class<I> internalType, Class<?> externalType, Class<?> listType, Map<String, String> renames,
            Set<String> keepWhenAbsent, Set<String> replacedMaps) {
        this.internalType = internalType;
        this.externalType = externalType;
        this.listType = listType;
        this.toInternalNames = Map.copyOf(renames);
        this.merge = new TreeMerge(keepWhenAbsent);
        this.requestMerge = new RequestMerge(replacedMaps);
    }

    public Class<?> externalType() {
        return externalType;
    }

    /** The external object for a response: secrets are never in it. */
    public Object toExternal(I internal) {
        return external(mappers.redacting, internal);
    }

    /**
     * The external object with its secrets, as the base a PUT or PATCH body is laid over and the state an update is
     * compared with. Never write it to a response.
     */
    public Object toExternalWithSecrets(I internal) {
        return external(mappers.revealing, internal);
    }

    /** A page of external objects; {@code nextLink} is left out when null. */
    public Object toExternalList(List<I> internals, String nextLink) {
        ObjectNode list = JsonNodeFactory.instance.objectNode();
        ArrayNode value = list.putArray("value");
        for (I internal : internals) {
            value.add(externalTree(mappers.redacting, internal));
        }
        if (nextLink != null) {
            list.put("nextLink", nextLink);
        }
        return read(mappers.redacting, list, listType);
    }

    /**
     * The internal object {@code base} becomes with the external object's fields written over it; {@code base} is
     * left untouched and may be null (create). Validate the external object first: values outside the internal
     * enums are rejected here with an {@link IllegalArgumentException}.
     */
    public I toInternal(Object external, I base) {
        ObjectNode target = base == null ? JsonNodeFactory.instance.objectNode()
                : (ObjectNode) mappers.revealing.valueToTree(base);
        merge.merge(target, mappers.revealing.valueToTree(external), externalType, toInternalNames, "");
        try {
            return mappers.revealing.treeToValue(target, internalType);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("external object does not convert: " + e.getOriginalMessage(), e);
        }
    }

    /** A copy without the read-only fields, which callers may not set. */
    public Object externalNoReadOnly(Object external) {
        JsonNode tree = mappers.revealing.valueToTree(external);
        TreeMerge.stripReadOnly(tree, externalType);
        return read(mappers.revealing, tree, externalType);
    }

    /**
     * Lays a request body over {@code base} (an external object of this version, usually without read-only fields).
     * A body that is not JSON, or whose values have the wrong JSON types, is 400 InvalidRequestContent.
     */
    public Object readRequest(Object base, byte[] body) {
        ObjectNode tree = base == null ? JsonNodeFactory.instance.objectNode()
                : (ObjectNode) mappers.revealing.valueToTree(base);
        try {
            JsonNode parsed = mappers.revealing.readTree(body);
            if (parsed != null && !parsed.isMissingNode() && !parsed.isNull()) {
                if (!parsed.isObject()) {
                    throw invalidContent("expected a JSON object");
                }
                requestMerge.merge(tree, parsed, externalType, "");
            }
            return mappers.revealing.treeToValue(tree, externalType);
        } catch (JsonProcessingException e) {
            throw invalidContent(e.getOriginalMessage());
        } catch (IOException e) {
            throw invalidContent(e.getMessage());
        }
    }

    /** The external object as JSON, secrets included: what validators walk. */
    public JsonNode tree(Object external) {
        return mappers.revealing.valueToTree(external);
    }

    /** A hook for versions whose external shape needs a computed default (e.g. a name derived from a property). */
    protected void adjustExternal(ObjectNode external) {
    }

    private Object external(ObjectMapper mapper, I internal) {
        return read(mapper, externalTree(mapper, internal), externalType);
    }

    private ObjectNode externalTree(ObjectMapper mapper, I internal) {
        ObjectNode tree = mapper.valueToTree(internal);
        for (Map.Entry<String, String> rename : toInternalNames.entrySet()) {
            JsonNode value = tree.remove(rename.getValue());
            if (value != null) {
                tree.set(rename.getKey(), value);
            }
        }
        adjustExternal(tree);
        return tree;
    }

    private static Object read(ObjectMapper mapper, JsonNode tree, Class<?> type) {
        try {
            return mapper.treeToValue(tree, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot build " + type.getName() + ": " + e.getOriginalMessage(), e);
        }
    }

    private static CloudException invalidContent(String detail) {
        return new CloudException(400, "InvalidRequestContent", null,
                "The request content was invalid and could not be deserialized: \"" + detail + "\".");
    }
}
