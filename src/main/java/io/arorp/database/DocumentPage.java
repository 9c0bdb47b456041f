package io.arorp.database;

import java.util.List;

/**
 * One page of a listing.
 *
 * @param continuation opaque; pass it back for the next page; null when this was the last page
 */
public record DocumentPage<D>(List<D> items, String continuation) {
    public DocumentPage {
        items = List.copyOf(items);
    }
}
