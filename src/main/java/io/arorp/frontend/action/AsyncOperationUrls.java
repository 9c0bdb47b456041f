package io.arorp.frontend.action;

import io.arorp.frontend.filter.PathSegmentValidator;
import java.net.URI;
import java.util.Locale;

/**
 * The URLs ARM polls: the Referer's scheme, host and query (so the api-version) with the path of the operation's
 * status or result, lower-case like every path the RP matches.
 */
public final class AsyncOperationUrls {
    private AsyncOperationUrls() {
    }

    public static String status(URI referer, String subscriptionId, String location, String operationId) {
        return url(referer, subscriptionId, location, "operationsstatus", operationId);
    }

    public static String result(URI referer, String subscriptionId, String location, String operationId) {
        return url(referer, subscriptionId, location, "operationresults", operationId);
    }

    private static String url(URI referer, String subscriptionId, String location, String kind, String operationId) {
        String path = ("/subscriptions/" + subscriptionId + "/providers/" + PathSegmentValidator.NAMESPACE
                + "/locations/" + location + "/" + kind + "/" + operationId).toLowerCase(Locale.ROOT);
        String query = referer.getRawQuery() == null ? "" : "?" + referer.getRawQuery();
        String authority = referer.getRawAuthority() == null ? "" : "//" + referer.getRawAuthority();
        return referer.getScheme() + ":" + authority + path + query;
    }
}
