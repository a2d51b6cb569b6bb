package io.zhucan.profile.timeline.persistence;

import io.zhucan.platform.events.partner.DeathRegistered;
import io.zhucan.profile.timeline.ProfileModel;
import io.zhucan.profile.timeline.TimelineEntry;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The model's tables (V1__read_model.sql); every statement names its generation. */
@Repository
class JdbcProfileModel implements ProfileModel {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;

    JdbcProfileModel(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean record(int g, UUID person, String idHash, TimelineEntry e) {
        return jdbc.sql("""
                        INSERT INTO timeline_entry (generation, event_id, person_id, id_hash, occurred_at, type, summary,
                            reason, rules)
                        VALUES (:g, :id, :person, :hash, :at, :type, CAST(:summary AS jsonb), :reason, :rules)
                        ON CONFLICT DO NOTHING""")
                .param("g", g).param("id", e.eventId()).param("person", person).param("hash", idHash)
                .param("at", Timestamp.from(e.occurredAt())).param("type", e.type())
                .param("summary", JSON.writeValueAsString(e.summary())).param("reason", e.reason())
                .param("rules", e.rules()).update() == 1;
    }

    @Override
    public void applied(int g, UUID person, String county, LocalDate birthDate, String sex, LocalDate on) {
        jdbc.sql("""
                        INSERT INTO person_file (generation, person_id, county, birth_date, sex, certificate, applied_on)
                        VALUES (:g, :p, :county, :born, :sex, 'APPLIED', :on)
                        ON CONFLICT (generation, person_id) DO UPDATE SET applied_on = :on""")
                .param("g", g).param("p", person).param("county", county).param("born", birthDate).param("sex", sex)
                .param("on", on).update();
    }

    @Override
    public void certified(int g, UUID person, String idHash, String county, LocalDate birthDate, String sex,
            String category, String grade, LocalDate issuedOn, LocalDate validUntil) {
        // a death reported before the certificate is known by its hash only: the person takes it over
        jdbc.sql("""
                        INSERT INTO person_file (generation, person_id, id_hash, county, birth_date, sex, category, grade,
                            certificate, issued_on, valid_until, died_on)
                        VALUES (:g, :p, :hash, :county, :born, :sex, :category, :grade, 'ISSUED', :issued, :until,
                            (SELECT min(CAST(summary ->> 'dateOfDeath' AS date)) FROM timeline_entry
                             WHERE generation = :g AND id_hash = :hash AND type = :deathType))
                        ON CONFLICT (generation, person_id) DO UPDATE SET id_hash = :hash, county = :county,
                            birth_date = :born, sex = :sex, category = :category, grade = :grade, certificate = 'ISSUED',
                            issued_on = :issued, valid_until = :until,
                            died_on = coalesce(person_file.died_on, EXCLUDED.died_on)""")
                .param("g", g).param("p", person).param("hash", idHash).param("county", county).param("born", birthDate)
                .param("sex", sex).param("category", category).param("grade", grade).param("issued", issuedOn)
                .param("until", validUntil).param("deathType", DeathRegistered.TYPE.name()).update();
    }

    @Override
    public void certificate(int g, UUID person, String status) {
        update("UPDATE person_file SET certificate = :v WHERE generation = :g AND person_id = :id", g, person, status);
    }

    @Override
    public void renewed(int g, UUID person, LocalDate validUntil) {
        update("UPDATE person_file SET certificate = 'ISSUED', valid_until = :v WHERE generation = :g AND person_id = :id",
                g, person, validUntil);
    }

    @Override
    public void regraded(int g, UUID person, String category, String grade) {
        jdbc.sql("UPDATE person_file SET category = :c, grade = :gr WHERE generation = :g AND person_id = :p")
                .param("g", g).param("p", person).param("c", category).param("gr", grade).update();
    }

    @Override
    public void moved(int g, UUID person, String county) {
        update("UPDATE person_file SET county = :v WHERE generation = :g AND person_id = :id", g, person, county);
    }

    @Override
    public void died(int g, String idHash, LocalDate on) {
        update("UPDATE person_file SET died_on = :v WHERE generation = :g AND id_hash = :id", g, idHash, on);
    }

    @Override
    public void decided(int g, UUID person, String allowance, String outcome, LocalDate on) {
        jdbc.sql("""
                        INSERT INTO eligibility (generation, person_id, allowance, outcome, eligible_on)
                        VALUES (:g, :p, :a, :o, CASE WHEN :o = 'ELIGIBLE' THEN CAST(:on AS date) END)
                        ON CONFLICT (generation, person_id, allowance) DO UPDATE SET outcome = :o,
                            eligible_on = CASE WHEN :o = 'ELIGIBLE' THEN coalesce(eligibility.eligible_on, CAST(:on AS date)) END""")
                .param("g", g).param("p", person).param("a", allowance).param("o", outcome).param("on", on).update();
    }

    @Override
    public void granted(int g, UUID entitlement, UUID person, String allowance, String county, LocalDate on,
            boolean withoutApplication) {
        jdbc.sql("""
                        INSERT INTO entitlement (generation, entitlement_id, person_id, allowance, county, status, granted_on,
                            without_application, status_since)
                        VALUES (:g, :e, :p, :a, :county, 'ACTIVE', :on, :auto, :on) ON CONFLICT DO NOTHING""")
                .param("g", g).param("e", entitlement).param("p", person).param("a", allowance).param("county", county)
                .param("on", on).param("auto", withoutApplication).update();
    }

    @Override
    public void entitlement(int g, UUID entitlement, String status, LocalDate since) {
        jdbc.sql("UPDATE entitlement SET status = :s, status_since = :on WHERE generation = :g AND entitlement_id = :e")
                .param("g", g).param("e", entitlement).param("s", status).param("on", since).update();
    }

    @Override
    public void needOpened(int g, UUID need, UUID person, String county, LocalDate on) {
        jdbc.sql("""
                        INSERT INTO rehab_need (generation, need_id, person_id, county, opened_on)
                        VALUES (:g, :n, :p, :county, :on) ON CONFLICT DO NOTHING""")
                .param("g", g).param("n", need).param("p", person).param("county", county).param("on", on).update();
    }

    @Override
    public void needPlanned(int g, UUID need, List<String> services) {
        update("UPDATE rehab_need SET planned = :v WHERE generation = :g AND need_id = :id", g, need,
                String.join(",", services));
    }

    @Override
    public void needServed(int g, UUID need, LocalDate on) {
        update("UPDATE rehab_need SET served_on = coalesce(served_on, :v) WHERE generation = :g AND need_id = :id",
                g, need, on);
    }

    @Override
    public void needClosed(int g, UUID need, String outcome, LocalDate on) {
        jdbc.sql("UPDATE rehab_need SET outcome = :o, closed_on = :on WHERE generation = :g AND need_id = :n")
                .param("g", g).param("n", need).param("o", outcome).param("on", on).update();
    }

    @Override
    public void rehabOutcome(int g, UUID person, String kind, LocalDate on) {
        jdbc.sql("""
                        INSERT INTO rehab_outcome (generation, person_id, kind, first_on) VALUES (:g, :p, :k, :on)
                        ON CONFLICT (generation, person_id, kind) DO UPDATE SET first_on = least(rehab_outcome.first_on, :on)""")
                .param("g", g).param("p", person).param("k", kind).param("on", on).update();
    }

    @Override
    public void placed(int g, UUID person, LocalDate on) {
        jdbc.sql("""
                        INSERT INTO placement (generation, person_id, first_on) VALUES (:g, :p, :on)
                        ON CONFLICT (generation, person_id) DO UPDATE SET first_on = least(placement.first_on, :on)""")
                .param("g", g).param("p", person).param("on", on).update();
    }

    private void update(String sql, int g, Object id, Object value) {
        jdbc.sql(sql).param("g", g).param("id", id).param("v", value).update();
    }
}
