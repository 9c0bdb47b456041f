package io.arorp.frontend.admin;

import io.arorp.frontend.action.SkipTokens;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * ARM's paging for admin lists. The nextLink is the caller's URL (Referer) with the next page's {@code $skipToken}
 * in place of any previous one. Built on {@link URI} alone, so the actions run without a JAX-RS runtime.
 */
final class NextLinks {
    private static final String PARAM = "$skipToken";

    private NextLinks() {
    }

    /** The store continuation a caller's {@code $skipToken} stands for; null for the first page. */
    static String continuation(SkipTokens skipTokens, String skipToken) {
        return skipToken == null || skipToken.isEmpty() ? null : skipTokens.open(skipToken);
    }

    /** Null on the last page ({@code continuation} null). */
    static String of(SkipTokens skipTokens, URI referer, String continuation) {
        if (continuation == null) {
            return null;
        }
        List<String> params = new ArrayList<>();
        String query = referer.getRawQuery();
        if (query != null) {
            for (String p : query.split("&")) {
                if (!p.isEmpty() && !p.startsWith(PARAM + "=") && !p.equals(PARAM)) {
                    params.add(p);
                }
            }
        }
        params.add(PARAM + "=" + skipTokens.seal(continuation)); // base64url: safe in a query as is
        String base = referer.toString();
        int cut = base.indexOf('?');
        return (cut < 0 ? base : base.substring(0, cut)) + "?" + String.join("&", params);
    }
}
