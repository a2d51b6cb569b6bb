package io.zhucan.profile.timeline.persistence;

import io.zhucan.platform.events.partner.DeathRegistered;
import io.zhucan.profile.timeline.FiledEntry;
import io.zhucan.profile.timeline.ProfileModel;
import io.zhucan.profile.timeline.TimelineEntry;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** The model's tables (V1__read_model.sql); every statement names its generation. */
@Repository
class JdbcProfileModel implements ProfileModel {

    private final NamedParameterJdbcTemplate jdbc;
    private final TimelineRows timeline;
    private final Writes writes;

    @Autowired
    JdbcProfileModel(NamedParameterJdbcTemplate jdbc) {
        this(jdbc, (row, sql, params) -> jdbc.update(sql, params));
    }

    private JdbcProfileModel(NamedParameterJdbcTemplate jdbc, Writes writes) {
        this.jdbc = jdbc;
        this.timeline = new TimelineRows(jdbc);
        this.writes = writes;
    }

    @Override
    public boolean record(int g, @Nullable UUID person, @Nullable String idHash, TimelineEntry e) {
        return recordAll(g, List.of(new FiledEntry(person, idHash, e)))[0];
    }

    @Override
    public boolean[] recordAll(int g, List<FiledEntry> entries) {
        return timeline.insert(g, entries);
    }

    @Override
    public void batched(Consumer<ProfileModel> changes) {
        BatchedWrites batch = new BatchedWrites(jdbc);
        changes.accept(new JdbcProfileModel(jdbc, batch));
        batch.flush();
    }

    @Override
    public void applied(int g, UUID person, String county, LocalDate birthDate, String sex, LocalDate on) {
        write(person, """
                        INSERT INTO person_file (generation, person_id, county, birth_date, sex, certificate, applied_on)
                        VALUES (:g, :p, :county, :born, :sex, 'APPLIED', :on)
                        ON CONFLICT (generation, person_id) DO UPDATE SET applied_on = :on""",
                g, "p", person, "county", county, "born", birthDate, "sex", sex, "on", on);
    }

    @Override
    public void certified(int g, UUID person, String idHash, String county, @Nullable String township,
            LocalDate birthDate, String sex, String category, String grade, LocalDate issuedOn, LocalDate validUntil) {
        // a death reported before the certificate is known by its hash only: the person takes it over
        write(person, """
                        INSERT INTO person_file (generation, person_id, id_hash, county, township, birth_date, sex,
                            category, grade, certificate, issued_on, valid_until, died_on)
                        VALUES (:g, :p, :hash, :county, :township, :born, :sex, :category, :grade, 'ISSUED', :issued, :until,
                            (SELECT min(CAST(summary ->> 'dateOfDeath' AS date)) FROM timeline_entry
                             WHERE generation = :g AND id_hash = :hash AND type = :deathType))
                        ON CONFLICT (generation, person_id) DO UPDATE SET id_hash = :hash, county = :county,
                            township = :township, birth_date = :born, sex = :sex, category = :category, grade = :grade, certificate = 'ISSUED',
                            issued_on = :issued, valid_until = :until,
                            died_on = coalesce(person_file.died_on, EXCLUDED.died_on)""",
                g, "p", person, "hash", idHash, "county", county, "township", township, "born", birthDate, "sex", sex, "category", category,
                "grade", grade, "issued", issuedOn, "until", validUntil, "deathType", DeathRegistered.TYPE.name());
    }

    @Override
    public void certificate(int g, UUID person, String status) {
        write(person, "UPDATE person_file SET certificate = :v WHERE generation = :g AND person_id = :p", g,
                "p", person, "v", status);
    }

    @Override
    public void renewed(int g, UUID person, LocalDate validUntil) {
        write(person, "UPDATE person_file SET certificate = 'ISSUED', valid_until = :v WHERE generation = :g AND person_id = :p",
                g, "p", person, "v", validUntil);
    }

    @Override
    public void regraded(int g, UUID person, String category, String grade) {
        write(person, "UPDATE person_file SET category = :c, grade = :gr WHERE generation = :g AND person_id = :p", g,
                "p", person, "c", category, "gr", grade);
    }

    @Override
    public void moved(int g, UUID person, String county) {
        write(person, "UPDATE person_file SET county = :v, township = NULL WHERE generation = :g AND person_id = :p", g,
                "p", person, "v", county);
    }

    @Override
    public void died(int g, String idHash, LocalDate on) {
        write(idHash, "UPDATE person_file SET died_on = :v WHERE generation = :g AND id_hash = :h", g,
                "h", idHash, "v", on);
    }

    @Override
    public void decided(int g, UUID person, String allowance, String outcome, LocalDate on) {
        write(person, """
                        INSERT INTO eligibility (generation, person_id, allowance, outcome, eligible_on)
                        VALUES (:g, :p, :a, :o, CASE WHEN :o = 'ELIGIBLE' THEN CAST(:on AS date) END)
                        ON CONFLICT (generation, person_id, allowance) DO UPDATE SET outcome = :o,
                            eligible_on = CASE WHEN :o = 'ELIGIBLE' THEN coalesce(eligibility.eligible_on, CAST(:on AS date)) END""",
                g, "p", person, "a", allowance, "o", outcome, "on", on);
    }

    @Override
    public void granted(int g, UUID entitlement, UUID person, String allowance, String county, LocalDate on,
            boolean withoutApplication) {
        write(entitlement, """
                        INSERT INTO entitlement (generation, entitlement_id, person_id, allowance, county, status, granted_on,
                            without_application, status_since)
                        VALUES (:g, :e, :p, :a, :county, 'ACTIVE', :on, :auto, :on) ON CONFLICT DO NOTHING""",
                g, "e", entitlement, "p", person, "a", allowance, "county", county, "on", on, "auto", withoutApplication);
    }

    @Override
    public void entitlement(int g, UUID entitlement, String status, LocalDate since) {
        write(entitlement, "UPDATE entitlement SET status = :s, status_since = :on WHERE generation = :g AND entitlement_id = :e",
                g, "e", entitlement, "s", status, "on", since);
    }

    @Override
    public void needOpened(int g, UUID need, UUID person, String county, LocalDate on) {
        write(need, """
                        INSERT INTO rehab_need (generation, need_id, person_id, county, opened_on)
                        VALUES (:g, :n, :p, :county, :on) ON CONFLICT DO NOTHING""",
                g, "n", need, "p", person, "county", county, "on", on);
    }

    @Override
    public void needPlanned(int g, UUID need, List<String> services) {
        write(need, "UPDATE rehab_need SET planned = :v WHERE generation = :g AND need_id = :n", g,
                "n", need, "v", String.join(",", services));
    }

    @Override
    public void needServed(int g, UUID need, LocalDate on) {
        write(need, "UPDATE rehab_need SET served_on = coalesce(served_on, :v) WHERE generation = :g AND need_id = :n", g,
                "n", need, "v", on);
    }

    @Override
    public void needClosed(int g, UUID need, String outcome, LocalDate on) {
        write(need, "UPDATE rehab_need SET outcome = :o, closed_on = :on WHERE generation = :g AND need_id = :n", g,
                "n", need, "o", outcome, "on", on);
    }

    @Override
    public void rehabOutcome(int g, UUID person, String kind, LocalDate on) {
        write(person, """
                        INSERT INTO rehab_outcome (generation, person_id, kind, first_on) VALUES (:g, :p, :k, :on)
                        ON CONFLICT (generation, person_id, kind) DO UPDATE SET first_on = least(rehab_outcome.first_on, :on)""",
                g, "p", person, "k", kind, "on", on);
    }

    @Override
    public void placed(int g, UUID person, LocalDate on) {
        write(person, """
                        INSERT INTO placement (generation, person_id, first_on) VALUES (:g, :p, :on)
                        ON CONFLICT (generation, person_id) DO UPDATE SET first_on = least(placement.first_on, :on)""",
                g, "p", person, "on", on);
    }

    /** A write of the row named by {@code key}, with the generation and name/value pairs as parameters. */
    private void write(Object key, String sql, int g, Object... namesAndValues) {
        MapSqlParameterSource params = new MapSqlParameterSource("g", g);
        for (int i = 0; i < namesAndValues.length; i += 2) {
            params.addValue((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        writes.write(key, sql, params);
    }
}
