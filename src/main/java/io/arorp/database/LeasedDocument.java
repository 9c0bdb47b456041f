package io.arorp.database;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A document that a worker leases while it works on it. {@code leaseExpires} is set by the server-side renewLease
 * trigger (server clock), so RP instances with skewed clocks still agree on who holds a lease.
 */
public abstract class LeasedDocument extends Document {
    @JsonProperty("leaseOwner")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    private String leaseOwner;
    @JsonProperty("leaseExpires")
    @JsonInclude(JsonInclude.Include.NON_DEFAULT)
    private long leaseExpires;
    @JsonProperty("dequeues")
    @JsonInclude(JsonInclude.Include.NON_DEFAULT)
    private int dequeues;

    /** The id of the RP process holding the lease; empty when nobody does. */
    public String getLeaseOwner() {
        return leaseOwner == null ? "" : leaseOwner;
    }

    void setLeaseOwner(String leaseOwner) {
        this.leaseOwner = leaseOwner;
    }

    /** Unix seconds (server clock) when the lease lapses unless renewed. */
    public long getLeaseExpires() {
        return leaseExpires;
    }

    void setLeaseExpires(long leaseExpires) {
        this.leaseExpires = leaseExpires;
    }

    /** How often the document was dequeued without finishing; the backend gives up after 5. */
    public int getDequeues() {
        return dequeues;
    }

    void setDequeues(int dequeues) {
        this.dequeues = dequeues;
    }

    /** New work (a customer or admin write) starts with a fresh count, as in the original frontend. */
    public void resetDequeues() {
        this.dequeues = 0;
    }
}
