/** In-memory caches the frontend answers from, fed by the change feeds of their collections. */
package io.arorp.frontend.cache;
