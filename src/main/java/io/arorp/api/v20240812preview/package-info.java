/** api-version 2024-08-12-preview: its external types and the bean that converts and validates them. */
package io.arorp.api.v20240812preview;
