/** The Azure capabilities the backend and the create-time checks need, one small interface each; prod adapts the Azure SDK, dev and test simulate. */
package io.arorp.env.cloud;
