package io.arorp.database.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A query as a value: the Cosmos SQL text with its parameters, and the same question as a predicate the embedded
 * store evaluates. Keeping both side by side in one constant is what lets the contract suite prove they agree.
 *
 * <p>Two optional hints let the embedded store answer without parsing every document (Cosmos indexes every path and
 * ignores them): {@code lookupField} says the WHERE clause is {@code doc.<field> = @<field-parameter>} on a unique
 * key, and {@code reads} lists the dotted paths the matcher reads, so it can run on an index of those paths.
 *
 * @param sql         Cosmos SQL; may use {@code GetCurrentTimestamp()}, answered with the store's clock
 * @param parameters  {@code @name} to value (String, Number, Boolean)
 * @param matcher     the predicate equivalent of the WHERE clause
 * @param fields      top-level fields of a {@code SELECT doc.a, doc.b} projection; empty for {@code SELECT *}
 * @param lookup      null, or the unique-key equality the WHERE clause is
 * @param reads       the dotted paths the matcher reads; empty when unknown
 */
public record StoreQuery(String sql, Map<String, Object> parameters, Matcher matcher, List<String> fields,
        Lookup lookup, List<String> reads) {

    /** The embedded store's version of the WHERE clause. */
    @FunctionalInterface
    public interface Matcher {
        /**
         * @param parameters the query's {@code @name} parameters
         * @param nowMillis  the store's current time, as {@code GetCurrentTimestamp()} returns it
         */
        boolean matches(JsonNode doc, Map<String, Object> parameters, long nowMillis);
    }

    /** {@code doc.<field> = @<parameter>}, where {@code /field} is a unique key of the container. */
    public record Lookup(String field, String parameter) {
    }

    public StoreQuery {
        parameters = Map.copyOf(parameters);
        fields = List.copyOf(fields);
        reads = List.copyOf(reads);
    }

    public StoreQuery(String sql, Map<String, Object> parameters, Matcher matcher, List<String> fields) {
        this(sql, parameters, matcher, fields, null, List.of());
    }

    public static StoreQuery of(String sql, Matcher matcher) {
        return new StoreQuery(sql, Map.of(), matcher, List.of());
    }

    /** A copy with one more parameter. */
    public StoreQuery with(String name, Object value) {
        Map<String, Object> params = new LinkedHashMap<>(parameters);
        params.put(name, value);
        return new StoreQuery(sql, params, matcher, fields, lookup, reads);
    }

    /** A copy that returns only these top-level fields (the SQL must select the same ones). */
    public StoreQuery project(String... projected) {
        return new StoreQuery(sql, parameters, matcher, List.of(projected), lookup, reads);
    }

    /** A copy that declares its WHERE clause an equality on the unique key {@code /field}. */
    public StoreQuery lookingUp(String field, String parameter) {
        return new StoreQuery(sql, parameters, matcher, fields, new Lookup(field, parameter), reads);
    }

    /** A copy that declares the only paths its matcher reads (dotted, e.g. {@code a.b.c}). */
    public StoreQuery reading(String... paths) {
        return new StoreQuery(sql, parameters, matcher, fields, lookup, List.of(paths));
    }
}
