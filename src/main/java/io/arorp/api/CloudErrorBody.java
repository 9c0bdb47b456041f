package io.arorp.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** ARM's {@code CloudErrorBody}; empty fields are omitted like the original RP does. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record CloudErrorBody(String code, String message, String target, List<CloudErrorBody> details) {
}
