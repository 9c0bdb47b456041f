/** Static validation of external objects: rules that follow the JSON path, and the generic immutability check. */
package io.arorp.api.validate;
