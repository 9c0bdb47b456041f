/** api-version 2025-07-25: its external types and the bean that converts and validates them. */
package io.arorp.api.v20250725;
