package io.arorp.bench.rp;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** One client thread's stream of requests for a scenario; stateful (e.g. the next page of a list). */
interface Op {
    /** The next request, or null when the scenario has nothing left to send (e.g. update targets used up). */
    HttpRequest next();

    /** Whether the answer is the one the scenario expects; may keep state from it (a nextLink). */
    boolean accept(HttpResponse<String> response);
}
