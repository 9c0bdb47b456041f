package io.arorp.api.schema;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The type is a definition of ARM common types, e.g. {@code managedidentity.json#/definitions/X}: swagger refers to the
 * shared definition instead of repeating it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface CommonRef {
    String value();
}
