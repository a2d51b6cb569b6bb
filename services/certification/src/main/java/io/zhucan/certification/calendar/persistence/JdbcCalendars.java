package io.zhucan.certification.calendar.persistence;

import io.zhucan.certification.calendar.CalendarDay;
import io.zhucan.certification.calendar.CalendarYear;
import io.zhucan.certification.calendar.Calendars;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Read on every use (a few dozen rows): an operator's change holds at once, on every instance. */
@Repository
class JdbcCalendars implements Calendars {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    JdbcCalendars(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public List<CalendarYear> all() {
        Map<Integer, List<CalendarDay>> days = jdbc.sql("SELECT day, year, kind, name FROM calendar_day ORDER BY day")
                .query((rs, n) -> Map.entry(rs.getInt("year"), new CalendarDay(rs.getObject("day", LocalDate.class),
                        CalendarDay.Kind.valueOf(rs.getString("kind")), rs.getString("name"))))
                .list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return jdbc.sql("SELECT year, status, source FROM calendar_year ORDER BY year")
                .query((rs, n) -> new CalendarYear(rs.getInt("year"), CalendarYear.Status.valueOf(rs.getString("status")),
                        rs.getString("source"), days.getOrDefault(rs.getInt("year"), List.of())))
                .list();
    }

    @Override
    public Optional<CalendarYear> year(int year) {
        return all().stream().filter(y -> y.year() == year).findFirst();
    }

    @Override
    public void publish(CalendarYear year, String actor, Instant at) {
        jdbc.sql("""
                        INSERT INTO calendar_year (year, status, source) VALUES (:year, :status, :source)
                        ON CONFLICT (year) DO UPDATE SET status = EXCLUDED.status, source = EXCLUDED.source""")
                .param("year", year.year()).param("status", year.status().name()).param("source", year.source())
                .update();
        jdbc.sql("DELETE FROM calendar_day WHERE year = :year").param("year", year.year()).update();
        for (CalendarDay day : year.days()) {
            jdbc.sql("INSERT INTO calendar_day (day, year, kind, name) VALUES (:day, :year, :kind, :name)")
                    .param("day", day.date()).param("year", year.year()).param("kind", day.kind().name())
                    .param("name", day.name()).update();
        }
        jdbc.sql("""
                        INSERT INTO calendar_change (year, source, days, changed_by, changed_at)
                        VALUES (:year, :source, CAST(:days AS jsonb), :actor, :at)""")
                .param("year", year.year()).param("source", year.source())
                .param("days", json.writeValueAsString(year.days()))
                .param("actor", actor).param("at", Timestamp.from(at))
                .update();
    }
}
