package io.arorp.util.log;

/**
 * The ids that tie one ARM call together across ARM, the RP and the backend job it enqueues. Mirrors the original's
 * correlation data: ARM sends the client and correlation request ids; the RP mints a request id for each call.
 *
 * @param requestId        minted by the RP, returned as {@code X-Ms-Request-Id}
 * @param correlationId    {@code X-Ms-Correlation-Request-Id} from ARM, may be null
 * @param clientRequestId  {@code X-Ms-Client-Request-Id} from the caller, may be null
 */
public record Correlation(String requestId, String correlationId, String clientRequestId) {
}
