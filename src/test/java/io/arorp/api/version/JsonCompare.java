package io.arorp.api.version;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** Lists where two JSON documents differ, by path; timestamps compare as instants (formatting may differ). */
public final class JsonCompare {
    private JsonCompare() {
    }

    public static List<String> differences(JsonNode expected, JsonNode actual) {
        List<String> out = new ArrayList<>();
        diff("$", expected, actual, out);
        return out;
    }

    private static void diff(String path, JsonNode e, JsonNode a, List<String> out) {
        if (e == null || a == null) {
            if (e != a) {
                out.add(path + ": expected " + e + " but was " + a);
            }
            return;
        }
        if (e.isObject() && a.isObject()) {
            for (Iterator<String> it = e.fieldNames(); it.hasNext();) {
                String f = it.next();
                diff(path + "." + f, e.get(f), a.get(f), out);
            }
            for (Iterator<String> it = a.fieldNames(); it.hasNext();) {
                String f = it.next();
                if (!e.has(f)) {
                    out.add(path + "." + f + ": unexpected " + a.get(f));
                }
            }
        } else if (e.isArray() && a.isArray() && e.size() == a.size()) {
            for (int i = 0; i < e.size(); i++) {
                diff(path + "[" + i + "]", e.get(i), a.get(i), out);
            }
        } else if (!e.equals(a) && !sameInstant(e, a)) {
            out.add(path + ": expected " + e + " but was " + a);
        }
    }

    private static boolean sameInstant(JsonNode e, JsonNode a) {
        try {
            return e.isTextual() && a.isTextual()
                    && OffsetDateTime.parse(e.asText()).isEqual(OffsetDateTime.parse(a.asText()));
        } catch (DateTimeParseException ex) {
            return false;
        }
    }
}
