package io.arorp.frontend.action;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.arorp.api.SystemData;
import io.arorp.util.json.Jackson;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * ARM's {@code X-Ms-Arm-Resource-System-Data}: only the fields ARM sends overwrite the stored ones. A header that does
 * not parse is logged and ignored, as the original does: it must not fail the customer's request.
 */
final class SystemDataHeader {
    private static final Logger LOG = Logger.getLogger(SystemDataHeader.class.getName());
    private static final ObjectMapper MAPPER = Jackson.newMapper();

    private SystemDataHeader() {
    }

    static SystemData merge(SystemData stored, String header) {
        SystemData merged = stored == null ? new SystemData() : stored;
        if (header == null || header.isBlank()) {
            return stored;
        }
        SystemData sent;
        try {
            sent = MAPPER.readValue(header, SystemData.class);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "ignoring an unparsable X-Ms-Arm-Resource-System-Data header: {0}", e.getMessage());
            return stored;
        }
        if (sent.getCreatedBy() != null) {
            merged.setCreatedBy(sent.getCreatedBy());
        }
        if (sent.getCreatedByType() != null) {
            merged.setCreatedByType(sent.getCreatedByType());
        }
        if (sent.getCreatedAt() != null) {
            merged.setCreatedAt(sent.getCreatedAt());
        }
        if (sent.getLastModifiedBy() != null) {
            merged.setLastModifiedBy(sent.getLastModifiedBy());
        }
        if (sent.getLastModifiedByType() != null) {
            merged.setLastModifiedByType(sent.getLastModifiedByType());
        }
        if (sent.getLastModifiedAt() != null) {
            merged.setLastModifiedAt(sent.getLastModifiedAt());
        }
        return merged;
    }
}
