/** Annotations that describe external types once, for the converters, the immutability check and the swagger generator. */
package io.arorp.api.schema;
