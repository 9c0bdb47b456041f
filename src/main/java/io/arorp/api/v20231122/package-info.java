/** api-version 2023-11-22: its external types and the bean that converts and validates them. */
package io.arorp.api.v20231122;
