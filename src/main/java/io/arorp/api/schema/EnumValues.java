package io.arorp.api.schema;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A string with a closed set of values, published as the swagger definition {@code name} ({@code x-ms-enum}). */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD})
public @interface EnumValues {
    String name();

    String[] values();

    String description() default "";
}
