package io.zhucan.profile.timeline.persistence;

import io.zhucan.profile.timeline.PersonFile;
import io.zhucan.profile.timeline.TimelineEntry;
import io.zhucan.profile.timeline.TimelineReads;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Repository
class JdbcTimelineReads implements TimelineReads {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, Object>> SUMMARY = new TypeReference<>() { };

    private final JdbcClient jdbc;

    JdbcTimelineReads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<PersonFile.Header> header(int g, UUID person) {
        return jdbc.sql("SELECT * FROM person_file WHERE generation = :g AND person_id = :p").param("g", g)
                .param("p", person)
                .query((rs, n) -> new PersonFile.Header(person, rs.getString("id_hash"), rs.getString("county"),
                        rs.getString("township"),
                        date(rs, "birth_date"), rs.getString("sex"), rs.getString("category"), rs.getString("grade"),
                        rs.getString("certificate"), date(rs, "valid_until"), date(rs, "died_on")))
                .optional();
    }

    @Override
    public List<TimelineEntry> timeline(int g, UUID person, String idHash) {
        // tie-break on the event id so two events of one instant always come in the same order
        return jdbc.sql("""
                        SELECT event_id, occurred_at, type, summary, reason, rules FROM timeline_entry
                        WHERE generation = :g AND (person_id = :p OR (CAST(:hash AS text) IS NOT NULL AND id_hash = :hash))
                        ORDER BY occurred_at, event_id""")
                .param("g", g).param("p", person).param("hash", idHash)
                .query((rs, n) -> new TimelineEntry(rs.getObject("event_id", UUID.class),
                        rs.getTimestamp("occurred_at").toInstant(), rs.getString("type"),
                        JSON.readValue(rs.getString("summary"), SUMMARY), rs.getString("reason"), rs.getString("rules")))
                .list();
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }
}
