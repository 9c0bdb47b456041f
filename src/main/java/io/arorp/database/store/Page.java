package io.arorp.database.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * One page of a query or change feed.
 *
 * @param items        documents, with their system fields ({@code _etag}, {@code _ts})
 * @param continuation pass back to get the next page; for a query null means no more pages, for a change feed it is
 *                     never null and marks where to resume even when this page is empty
 */
public record Page(List<ObjectNode> items, String continuation) {
    public Page {
        items = List.copyOf(items);
    }
}
