/** What a GET adds from the live cluster to the stored document, within a short time budget and never failing the GET. */
package io.arorp.frontend.enrich;
