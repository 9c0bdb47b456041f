package io.arorp.api.validate;

import java.util.ArrayList;
import java.util.List;

/**
 * A parsed ARM resource id ({@code /subscriptions/s/resourceGroups/g/providers/Ns/type/name[/type/name...]}); parse
 * returns null for anything else, so callers decide which error that is.
 */
record ArmId(String subscription, String resourceGroup, String namespace, List<String> types, String name) {

    /** The last resource type, e.g. {@code userAssignedIdentities}. */
    String lastType() {
        return types.get(types.size() - 1);
    }

    static ArmId parse(String id) {
        if (id == null || !id.startsWith("/")) {
            return null;
        }
        String[] s = id.substring(1).split("/", -1);
        if (s.length < 8 || s.length % 2 != 0 || !s[0].equalsIgnoreCase("subscriptions")
                || !s[2].equalsIgnoreCase("resourceGroups") || !s[4].equalsIgnoreCase("providers")) {
            return null;
        }
        for (String part : s) {
            if (part.isEmpty()) {
                return null;
            }
        }
        List<String> types = new ArrayList<>();
        for (int i = 6; i < s.length; i += 2) {
            types.add(s[i]);
        }
        return new ArmId(s[1], s[3], s[5], List.copyOf(types), s[s.length - 1]);
    }

    /** The cluster's own id, which has a provider part: only its subscription, group and name matter here. */
    static ArmId parseOrEmpty(String id) {
        ArmId parsed = parse(id);
        return parsed != null ? parsed : new ArmId("", "", "", List.of(""), "");
    }
}
