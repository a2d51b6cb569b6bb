package io.zhucan.profile.timeline.persistence;

import io.zhucan.profile.timeline.FiledEntry;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.SqlArrayValue;
import tools.jackson.databind.json.JsonMapper;

/**
 * Timeline entries written as one statement over arrays, one array per column (text, cast by
 * PostgreSQL): a replay's poll of thousands of events is one round trip and one insert. The
 * generation's key on the event id keeps out what it already holds.
 */
final class TimelineRows {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String INSERT = """
            INSERT INTO timeline_entry (generation, event_id, person_id, id_hash, occurred_at, type, summary, reason, rules)
            SELECT :g, CAST(id AS uuid), CAST(person AS uuid), hash, CAST(at AS timestamptz), type, CAST(summary AS jsonb),
                reason, rules
            FROM unnest(CAST(:ids AS text[]), CAST(:persons AS text[]), CAST(:hashes AS text[]), CAST(:ats AS text[]),
                CAST(:types AS text[]), CAST(:summaries AS text[]), CAST(:reasons AS text[]), CAST(:rules AS text[]))
                AS e (id, person, hash, at, type, summary, reason, rules)
            ON CONFLICT DO NOTHING RETURNING event_id""";

    private final NamedParameterJdbcTemplate jdbc;

    TimelineRows(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** For each entry, whether it is new (once, even if the topics hold an event twice). */
    boolean[] insert(int g, List<FiledEntry> entries) {
        MapSqlParameterSource columns = new MapSqlParameterSource("g", g)
                .addValue("ids", column(entries, e -> e.entry().eventId()))
                .addValue("persons", column(entries, FiledEntry::person))
                .addValue("hashes", column(entries, FiledEntry::idHash))
                .addValue("ats", column(entries, e -> e.entry().occurredAt()))
                .addValue("types", column(entries, e -> e.entry().type()))
                .addValue("summaries", column(entries, e -> JSON.writeValueAsString(e.entry().summary())))
                .addValue("reasons", column(entries, e -> e.entry().reason()))
                .addValue("rules", column(entries, e -> e.entry().rules()));
        Set<UUID> inserted = new HashSet<>(jdbc.queryForList(INSERT, columns, UUID.class));
        boolean[] fresh = new boolean[entries.size()];
        for (int i = 0; i < fresh.length; i++) {
            fresh[i] = inserted.remove(entries.get(i).entry().eventId());
        }
        return fresh;
    }

    private static SqlArrayValue column(List<FiledEntry> entries, Function<FiledEntry, @Nullable Object> value) {
        return new SqlArrayValue("text", entries.stream().map(value).map(v -> v == null ? null : v.toString()).toArray());
    }
}
