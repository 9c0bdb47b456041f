/** api-version 2023-04-01: its external types and the bean that converts and validates them. */
package io.arorp.api.v20230401;
