package io.arorp.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;

/**
 * Present only while an install runs, so the backend can resume at the right phase after a restart.
 */
public class Install extends MissingFields {
    @JsonProperty("now")
    private OffsetDateTime now;
    @JsonProperty("phase")
    private InstallPhase phase;

    public OffsetDateTime getNow() {
        return now;
    }

    public void setNow(OffsetDateTime now) {
        this.now = now;
    }

    public InstallPhase getPhase() {
        return phase;
    }

    public void setPhase(InstallPhase phase) {
        this.phase = phase;
    }
}
