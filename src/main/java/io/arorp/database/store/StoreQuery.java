package io.arorp.database.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A query as a value: the Cosmos SQL text with its parameters, and the same question as a predicate the embedded
 * store evaluates. Keeping both side by side in one constant is what lets the contract suite prove they agree.
 *
 * @param sql        Cosmos SQL; may use {@code GetCurrentTimestamp()}, answered with the store's clock
 * @param parameters {@code @name} to value (String, Number, Boolean)
 * @param matcher    the predicate equivalent of the WHERE clause
 * @param fields     top-level fields of a {@code SELECT doc.a, doc.b} projection; empty for {@code SELECT *}
 */
public record StoreQuery(String sql, Map<String, Object> parameters, Matcher matcher, List<String> fields) {

    /** The embedded store's version of the WHERE clause. */
    @FunctionalInterface
    public interface Matcher {
        /**
         * @param parameters the query's {@code @name} parameters
         * @param nowMillis  the store's current time, as {@code GetCurrentTimestamp()} returns it
         */
        boolean matches(JsonNode doc, Map<String, Object> parameters, long nowMillis);
    }

    public StoreQuery {
        parameters = Map.copyOf(parameters);
        fields = List.copyOf(fields);
    }

    public static StoreQuery of(String sql, Matcher matcher) {
        return new StoreQuery(sql, Map.of(), matcher, List.of());
    }

    /** A copy with one more parameter. */
    public StoreQuery with(String name, Object value) {
        Map<String, Object> params = new LinkedHashMap<>(parameters);
        params.put(name, value);
        return new StoreQuery(sql, params, matcher, fields);
    }

    /** A copy that returns only these top-level fields (the SQL must select the same ones). */
    public StoreQuery project(String... projected) {
        return new StoreQuery(sql, parameters, matcher, List.of(projected));
    }
}
