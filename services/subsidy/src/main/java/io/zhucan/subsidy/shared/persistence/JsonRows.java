package io.zhucan.subsidy.shared.persistence;

import java.time.YearMonth;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The rows of a set-based write, sent as one jsonb parameter and read back with
 * {@code jsonb_to_recordset}: one statement for a chunk instead of one per row (docs/adr/0016).
 */
public final class JsonRows {

    public static final JsonMapper JSON = JsonMapper.builder().build();

    private final ArrayNode rows = JSON.createArrayNode();

    public ObjectNode add() {
        return rows.addObject();
    }

    public String json() {
        return JSON.writeValueAsString(rows);
    }

    /** A uuid or other value as its text, which the row's column type reads back. */
    public static @Nullable String text(@Nullable Object value) {
        return value == null ? null : value.toString();
    }

    /** A month as the date of its first day, as the tables store it. */
    public static @Nullable String month(@Nullable YearMonth month) {
        return month == null ? null : month.atDay(1).toString();
    }
}
