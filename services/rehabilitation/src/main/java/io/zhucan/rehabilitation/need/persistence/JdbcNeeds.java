package io.zhucan.rehabilitation.need.persistence;

import io.zhucan.platform.domain.ConcurrentChangeException;
import io.zhucan.platform.events.rehabilitation.NeedOutcome;
import io.zhucan.platform.events.rehabilitation.NeedTrigger;
import io.zhucan.platform.events.rehabilitation.RehabService;
import io.zhucan.platform.events.vocabulary.DisabilityCategory;
import io.zhucan.platform.events.vocabulary.DisabilityGrade;
import io.zhucan.rehabilitation.need.Need;
import io.zhucan.rehabilitation.need.NeedStatus;
import io.zhucan.rehabilitation.need.Needs;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcNeeds implements Needs {

    private final JdbcClient jdbc;

    JdbcNeeds(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean open(Need n) {
        return jdbc.sql("""
                        INSERT INTO need (id, person_id, certificate_id, opened_by_event, trigger, county, category, grade,
                            status, opened_on, version)
                        VALUES (:id, :person, :certificate, :event, :trigger, :county, :category, :grade, :status,
                            :openedOn, 0)
                        ON CONFLICT (opened_by_event) DO NOTHING""")
                .param("id", n.id())
                .param("person", n.personId())
                .param("certificate", n.certificateId())
                .param("event", n.openedByEvent())
                .param("trigger", n.trigger().name())
                .param("county", n.county())
                .param("category", n.category().name())
                .param("grade", n.grade().name())
                .param("status", n.status().name())
                .param("openedOn", Date.valueOf(n.openedOn()))
                .update() == 1;
    }

    @Override
    public Optional<Need> byId(UUID id) {
        return jdbc.sql("SELECT * FROM need WHERE id = :id").param("id", id).query(JdbcNeeds::map).optional();
    }

    @Override
    public List<Need> ofPerson(UUID personId) {
        return jdbc.sql("SELECT * FROM need WHERE person_id = :p ORDER BY opened_on DESC, id").param("p", personId)
                .query(JdbcNeeds::map).list();
    }

    @Override
    public List<Need> openOf(UUID personId) {
        return jdbc.sql("SELECT * FROM need WHERE person_id = :p AND status <> 'CLOSED' ORDER BY opened_on, id")
                .param("p", personId).query(JdbcNeeds::map).list();
    }

    @Override
    public List<Need> inRegion(String countyPrefix, @Nullable NeedStatus status, int limit) {
        return jdbc.sql("""
                        SELECT * FROM need WHERE county LIKE :prefix AND (CAST(:status AS VARCHAR) IS NULL OR status = :status)
                        ORDER BY opened_on DESC, id LIMIT :limit""")
                .param("prefix", countyPrefix + "%")
                .param("status", status == null ? null : status.name())
                .param("limit", limit)
                .query(JdbcNeeds::map).list();
    }

    @Override
    public List<Need> inTownship(String township, @Nullable NeedStatus status, int limit) {
        return jdbc.sql("""
                        SELECT n.* FROM need n JOIN person_profile p ON p.person_id = n.person_id AND p.county = n.county
                        WHERE p.township = :township AND (CAST(:status AS VARCHAR) IS NULL OR n.status = :status)
                        ORDER BY n.opened_on DESC, n.id LIMIT :limit""")
                .param("township", township)
                .param("status", status == null ? null : status.name())
                .param("limit", limit)
                .query(JdbcNeeds::map).list();
    }

    @Override
    public Need update(Need n) {
        int updated = jdbc.sql("""
                        UPDATE need SET county = :county, status = :status, assessed_needs = :needs, assessed_by = :by,
                            plan = :plan, delivered = :delivered, outcome = :outcome, closed_on = :closedOn,
                            version = version + 1, updated_at = now()
                        WHERE id = :id AND version = :version""")
                .param("id", n.id())
                .param("county", n.county())
                .param("status", n.status().name())
                .param("needs", join(n.assessedNeeds()))
                .param("by", n.assessedBy())
                .param("plan", join(n.plan()))
                .param("delivered", join(n.delivered()))
                .param("outcome", n.outcome() == null ? null : n.outcome().name())
                .param("closedOn", n.closedOn() == null ? null : Date.valueOf(n.closedOn()))
                .param("version", n.version())
                .update();
        if (updated == 0) {
            throw new ConcurrentChangeException("need " + n.id() + " was changed meanwhile");
        }
        return byId(n.id()).orElseThrow();
    }

    @Override
    public void recordDelivery(UUID needId, RehabService service, LocalDate on, String provider, String recordedBy) {
        jdbc.sql("""
                        INSERT INTO service_delivery (id, need_id, service, delivered_on, provider, recorded_by)
                        VALUES (:id, :need, :service, :on, :provider, :by)""")
                .param("id", UUID.randomUUID())
                .param("need", needId)
                .param("service", service.name())
                .param("on", Date.valueOf(on))
                .param("provider", provider)
                .param("by", recordedBy)
                .update();
    }

    private static Need map(ResultSet rs, int row) throws SQLException {
        String outcome = rs.getString("outcome");
        Date closed = rs.getDate("closed_on");
        return new Need(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class),
                rs.getObject("certificate_id", UUID.class), rs.getObject("opened_by_event", UUID.class),
                NeedTrigger.valueOf(rs.getString("trigger")), rs.getString("county"),
                DisabilityCategory.valueOf(rs.getString("category")), DisabilityGrade.valueOf(rs.getString("grade")),
                NeedStatus.valueOf(rs.getString("status")), services(rs.getString("assessed_needs")),
                rs.getString("assessed_by"), services(rs.getString("plan")), services(rs.getString("delivered")),
                outcome == null ? null : NeedOutcome.valueOf(outcome), rs.getDate("opened_on").toLocalDate(),
                closed == null ? null : closed.toLocalDate(), rs.getLong("version"));
    }

    private static String join(Set<RehabService> services) {
        return services.stream().map(Enum::name).collect(Collectors.joining(","));
    }

    private static Set<RehabService> services(String column) {
        return Arrays.stream(column.split(",")).filter(s -> !s.isBlank()).map(RehabService::valueOf)
                .collect(Collectors.toSet());
    }
}
