/** api-version 2022-04-01: its external types and the bean that converts and validates them. */
package io.arorp.api.v20220401;
