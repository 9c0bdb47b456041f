/** api-version 2023-09-04: its external types and the bean that converts and validates them. */
package io.arorp.api.v20230904;
