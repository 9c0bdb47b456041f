/** Maps every failure of a request to ARM's CloudError body with the right status. */
package io.arorp.frontend.error;
