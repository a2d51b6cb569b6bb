package io.zhucan.profile.timeline.persistence;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/** Where the model's state writes go: at once, or into a batch; {@code key} names the row written. */
interface Writes {

    void write(Object key, String sql, MapSqlParameterSource params);
}
