package io.arorp.database;

/**
 * The identity this RP process leases documents under: a fresh id per process start, so a restarted process never
 * mistakes a lease of its previous life for its own.
 */
public record LeaseOwner(String id) {
    public LeaseOwner {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a lease owner needs an id");
        }
    }
}
