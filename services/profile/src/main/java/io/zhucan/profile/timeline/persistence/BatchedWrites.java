package io.zhucan.profile.timeline.persistence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;

/**
 * Writes collected and sent as JDBC batches, one round trip per statement instead of per row. Each
 * write names the row it touches (its key); the n-th write of a key goes in wave n, so a row's
 * writes keep their order, while within a wave (distinct rows) one statement's writes go together.
 */
final class BatchedWrites implements Writes {

    private final NamedParameterJdbcTemplate jdbc;
    private final Map<Object, Integer> writesOfKey = new HashMap<>();
    private final List<Map<String, List<SqlParameterSource>>> waves = new ArrayList<>();

    BatchedWrites(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void write(Object key, String sql, MapSqlParameterSource params) {
        int wave = writesOfKey.merge(key, 1, Integer::sum) - 1;
        if (wave == waves.size()) {
            waves.add(new LinkedHashMap<>());
        }
        waves.get(wave).computeIfAbsent(sql, s -> new ArrayList<>()).add(params);
    }

    void flush() {
        for (Map<String, List<SqlParameterSource>> wave : waves) {
            wave.forEach((sql, rows) -> jdbc.batchUpdate(sql, rows.toArray(SqlParameterSource[]::new)));
        }
        waves.clear();
        writesOfKey.clear();
    }
}
