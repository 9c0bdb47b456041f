package io.arorp.api.schema;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The type extends an ARM common resource: swagger then refers to the common-types definition with {@code allOf}
 * instead of repeating id, name, type, systemData (and location, tags for tracked resources).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ArmResource {
    Kind value();

    /** The common-types base definition. */
    enum Kind {
        TRACKED("TrackedResource", "id", "name", "type", "systemData", "location", "tags"),
        PROXY("ProxyResource", "id", "name", "type", "systemData"),
        /** A resource whose version predates common types: every property is listed inline. */
        INLINE(null);

        private final String definition;
        private final java.util.List<String> inherited;

        Kind(String definition, String... inherited) {
            this.definition = definition;
            this.inherited = java.util.List.of(inherited);
        }

        public String definition() {
            return definition;
        }

        public java.util.List<String> inherited() {
            return inherited;
        }
    }
}
