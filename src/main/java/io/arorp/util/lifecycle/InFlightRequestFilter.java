package io.arorp.util.lifecycle;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Counts every request of the application as in-flight work, so shutdown can wait for them. */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class InFlightRequestFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;

    @Inject
    private transient Lifecycle lifecycle;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try (Lifecycle.Work work = lifecycle.inFlight()) {
            chain.doFilter(request, response);
        }
    }
}
