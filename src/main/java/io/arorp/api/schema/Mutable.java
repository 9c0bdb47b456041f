package io.arorp.api.schema;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * May change on update. Everything else is immutable once created; with {@code ignoreCase} the value may only change
 * its case (ARM re-cases ids and names).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD})
public @interface Mutable {
    boolean ignoreCase() default false;
}
