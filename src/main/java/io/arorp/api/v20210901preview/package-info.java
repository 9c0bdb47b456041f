/** api-version 2021-09-01-preview: its external types and the bean that converts and validates them. */
package io.arorp.api.v20210901preview;
