/** The Azure capabilities the backend needs, one small interface each; prod adapts the Azure SDK, dev and test simulate. */
package io.arorp.env.cloud;
