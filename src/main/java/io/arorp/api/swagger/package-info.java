/** Generates each api-version's ARM Swagger 2.0 document from its external types, and compares it with another. */
package io.arorp.api.swagger;
