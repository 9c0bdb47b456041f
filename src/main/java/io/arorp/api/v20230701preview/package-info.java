/** api-version 2023-07-01-preview: its external types and the bean that converts and validates them. */
package io.arorp.api.v20230701preview;
