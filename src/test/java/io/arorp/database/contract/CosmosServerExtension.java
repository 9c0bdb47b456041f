package io.arorp.database.contract;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts the Cosmos test server once per JVM (closed when the run ends) and hands it to test methods; without Node
 * or its {@code node_modules} the class is skipped with the reason printed, never silently.
 */
public final class CosmosServerExtension implements BeforeAllCallback, ParameterResolver {
    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(CosmosServerExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        String reason = CosmosTestServer.unavailableReason();
        if (reason != null) {
            System.err.println("WARNING: " + reason); // visible in the build log, not only in the report
        }
        Assumptions.assumeTrue(reason == null, reason);
        server(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == CosmosTestServer.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return server(context);
    }

    private static CosmosTestServer server(ExtensionContext context) {
        return context.getRoot().getStore(NS).getOrComputeIfAbsent("server", key -> new Resource(),
                Resource.class).server;
    }

    /** Closes the server when the root context (the whole test run) closes. */
    private static final class Resource implements ExtensionContext.Store.CloseableResource {
        final CosmosTestServer server;

        Resource() {
            try {
                server = CosmosTestServer.start();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            server.close();
        }
    }
}
