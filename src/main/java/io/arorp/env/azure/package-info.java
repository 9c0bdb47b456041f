/** The prod cloud adapters: the env.cloud interfaces on the Azure SDK (ARM management libraries, AAD identities). */
package io.arorp.env.azure;
