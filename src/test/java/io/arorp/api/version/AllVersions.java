package io.arorp.api.version;

import io.arorp.api.admin.AdminApiVersion;
import io.arorp.api.v20200430.Version20200430;
import io.arorp.api.v20210901preview.Version20210901preview;
import io.arorp.api.v20220401.Version20220401;
import io.arorp.api.v20220904.Version20220904;
import io.arorp.api.v20230401.Version20230401;
import io.arorp.api.v20230701preview.Version20230701preview;
import io.arorp.api.v20230904.Version20230904;
import io.arorp.api.v20231122.Version20231122;
import io.arorp.api.v20240812preview.Version20240812preview;
import io.arorp.api.v20250725.Version20250725;
import java.util.List;

/** Every version bean, built without a container, for table-driven tests. */
public final class AllVersions {
    private AllVersions() {
    }

    public static List<ApiVersion> customer() {
        return List.of(new Version20200430(), new Version20210901preview(), new Version20220401(),
                new Version20220904(), new Version20230401(), new Version20230701preview(), new Version20230904(),
                new Version20231122(), new Version20240812preview(), new Version20250725());
    }

    public static List<ApiVersion> all() {
        List<ApiVersion> all = new java.util.ArrayList<>(customer());
        all.add(new AdminApiVersion());
        return all;
    }
}
