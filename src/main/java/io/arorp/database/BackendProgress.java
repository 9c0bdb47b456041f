package io.arorp.database;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;

/**
 * The step a backend worker is on, written before the step runs. It lets an SRE (and a test) see how far an operation
 * got from the document alone, and it is the worker's lease check: the write fails once another worker took over.
 *
 * @param operation {@code install}, {@code update}, {@code adminUpdate} or {@code delete}
 * @param step      the step's name, as in the original RP's step list
 * @param started   when the step started (worker clock)
 * @param owner     the lease owner running it
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BackendProgress(@JsonProperty("operation") String operation, @JsonProperty("step") String step,
        @JsonProperty("started") OffsetDateTime started, @JsonProperty("owner") String owner) {
}
