package io.arorp.api.schema;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the JSON shape of an external record type: its properties in declaration order with their annotations. One
 * reader serves the converters, the immutability check, the validators and the swagger generator, so the four can
 * never disagree about what a version carries.
 */
public final class Schema {
    private Schema() {
    }

    /** How a property's value is shaped in JSON. */
    public enum Shape {
        SCALAR, OBJECT, LIST, MAP
    }

    /** One JSON property of an external type. */
    public record Property(String name, RecordComponent component) {
        public Type genericType() {
            return component.getGenericType();
        }

        public Class<?> rawType() {
            return component.getType();
        }

        public boolean readOnly() {
            return component.isAnnotationPresent(ReadOnly.class);
        }

        public Optional<Mutable> mutable() {
            return Optional.ofNullable(component.getAnnotation(Mutable.class));
        }

        public <A extends java.lang.annotation.Annotation> Optional<A> annotation(Class<A> type) {
            return Optional.ofNullable(component.getAnnotation(type));
        }

        public Shape shape() {
            if (List.class.isAssignableFrom(rawType())) {
                return Shape.LIST;
            }
            if (Map.class.isAssignableFrom(rawType())) {
                return Shape.MAP;
            }
            return rawType().isRecord() ? Shape.OBJECT : Shape.SCALAR;
        }

        /** The record type of the value, or of list elements / map values; null when those are scalars. */
        public Class<?> recordType() {
            Class<?> t = switch (shape()) {
                case OBJECT -> rawType();
                case LIST -> typeArgument(genericType(), 0);
                case MAP -> typeArgument(genericType(), 1);
                case SCALAR -> null;
            };
            return t != null && t.isRecord() ? t : null;
        }
    }

    public static List<Property> properties(Class<?> type) {
        if (!type.isRecord()) {
            throw new IllegalArgumentException(type + " is not a record");
        }
        List<Property> out = new ArrayList<>();
        for (RecordComponent c : type.getRecordComponents()) {
            JsonProperty jp = c.getAnnotation(JsonProperty.class);
            out.add(new Property(jp != null && !jp.value().isEmpty() ? jp.value() : c.getName(), c));
        }
        return out;
    }

    /** The property at a dotted path ({@code properties.clusterProfile.fipsValidatedModules}), if the type has it. */
    public static Optional<Property> find(Class<?> type, String path) {
        Class<?> current = type;
        Property found = null;
        for (String segment : path.split("\\.")) {
            if (current == null) {
                return Optional.empty();
            }
            found = null;
            for (Property p : properties(current)) {
                if (p.name().equals(segment)) {
                    found = p;
                }
            }
            if (found == null) {
                return Optional.empty();
            }
            current = found.recordType();
        }
        return Optional.ofNullable(found);
    }

    public static Class<?> typeArgument(Type type, int index) {
        if (type instanceof ParameterizedType pt && pt.getActualTypeArguments().length > index
                && pt.getActualTypeArguments()[index] instanceof Class<?> c) {
            return c;
        }
        return null;
    }
}
