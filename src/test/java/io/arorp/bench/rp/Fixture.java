package io.arorp.bench.rp;

import java.util.List;
import java.util.Map;
import java.util.Queue;

/**
 * What the preload left for the scenarios to read and write.
 *
 * @param clusterIds       preloaded clusters (GET)
 * @param resourceGroups   resource-group paths {@code /subscriptions/{s}/resourceGroups/{rg}} holding several pages
 * @param asyncStatusUrls  Azure-AsyncOperation URLs handed out by the preload's PUTs (status polling)
 * @param updateTargets    clusters in a terminal state, one per update PUT, for each concurrency level in turn
 * @param updateBodies     each update target's GET body (the update PUT sends it back with a tag added)
 * @param createSubscriptions registered subscriptions the create scenario fills, in turn
 */
record Fixture(List<String> clusterIds, List<String> resourceGroups, List<String> asyncStatusUrls,
        List<Queue<String>> updateTargets, Map<String, String> updateBodies, List<String> createSubscriptions) {
}
