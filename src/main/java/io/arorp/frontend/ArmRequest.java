package io.arorp.frontend;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;

/**
 * What the filters learned about a request, for the resources: the caller's original path casing and the base for
 * URLs the RP hands back (ARM sends {@code Referer}; without one, the URL this request reached the RP by, so a
 * direct caller can follow the links).
 */
public final class ArmRequest {
    public static final String ORIGINAL_PATH = ArmRequest.class.getName() + ".originalPath";
    public static final String API_VERSION = ArmRequest.class.getName() + ".apiVersion";

    private ArmRequest() {
    }

    /** The api-version bean {@link io.arorp.frontend.filter.ApiVersionFilter} resolved for this request. */
    public static io.arorp.api.version.ApiVersion apiVersion(HttpServletRequest request) {
        return (io.arorp.api.version.ApiVersion) request.getAttribute(API_VERSION);
    }

    /** The cleaned path with the caller's casing. */
    public static String originalPath(HttpServletRequest request) {
        Object path = request.getAttribute(ORIGINAL_PATH);
        return path == null ? request.getRequestURI() : path.toString();
    }

    /**
     * The first {@code count} segments of the original path after skipping {@code skip} segments, as the caller cased
     * them, e.g. a cluster's id ({@code /subscriptions/.../openShiftClusters/name}) out of a longer action path.
     */
    public static String originalPathPrefix(HttpServletRequest request, int skip, int count) {
        String[] s = originalPath(request).split("/");
        int from = 1 + skip;
        int to = Math.min(s.length, from + count);
        return "/" + String.join("/", java.util.Arrays.copyOfRange(s, from, to));
    }

    /** The Referer, or the RP's own URL of this request when ARM did not send one. */
    public static URI referer(HttpServletRequest request) {
        String referer = request.getHeader("Referer");
        if (referer != null && !referer.isBlank()) {
            return URI.create(referer);
        }
        String query = request.getQueryString() == null ? "" : "?" + request.getQueryString();
        String port = request.getServerPort() > 0 ? ":" + request.getServerPort() : "";
        return URI.create(request.getScheme() + "://" + request.getServerName() + port + originalPath(request) + query);
    }
}
