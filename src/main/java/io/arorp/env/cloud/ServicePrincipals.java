package io.arorp.env.cloud;

import io.arorp.api.CloudException;

/**
 * The customer's cluster service principal as AAD knows it. Role assignments and permission checks name a principal
 * by its object id, but a customer gives the RP only the application's client id and secret; the object id is what
 * AAD puts in the {@code oid} claim of a token it issues to that application in the customer's tenant.
 */
public interface ServicePrincipals {
    /**
     * The object id of the service principal of {@code clientId} in {@code tenantId}, proven by signing in with the
     * secret. Throws a 400 {@code InvalidServicePrincipalCredentials} when AAD refuses the credentials.
     * {@code tenantId} is the customer's tenant as ARM registered the subscription, null when ARM gave none.
     */
    String objectId(String tenantId, String clientId, String clientSecret);

    /** The original's answer to credentials AAD refuses. */
    static CloudException invalidCredentials() {
        return new CloudException(400, "InvalidServicePrincipalCredentials", "properties.servicePrincipalProfile",
                "The provided service principal credentials are invalid.");
    }
}
