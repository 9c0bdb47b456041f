/** api-version 2022-09-04: its external types and the bean that converts and validates them. */
package io.arorp.api.v20220904;
