package io.zhucan.rehabilitation.child.persistence;

import io.zhucan.platform.events.rehabilitation.RehabService;
import io.zhucan.rehabilitation.child.Child;
import io.zhucan.rehabilitation.child.ChildBasis;
import io.zhucan.rehabilitation.child.ChildRegistry;
import io.zhucan.rehabilitation.child.Enrolment;
import io.zhucan.rehabilitation.child.Institution;
import io.zhucan.rehabilitation.child.MonthlyService;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcChildRegistry implements ChildRegistry {

    private final JdbcClient jdbc;

    JdbcChildRegistry(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Child register(Child c) {
        jdbc.sql("""
                        INSERT INTO child (id, id_number_hash, person_id, birth_date, county, basis, registered_on)
                        VALUES (:id, :hash, :person, :birth, :county, :basis, :on) ON CONFLICT (id_number_hash) DO NOTHING""")
                .param("id", c.id()).param("hash", c.idNumberHash()).param("person", c.personId())
                .param("birth", Date.valueOf(c.birthDate())).param("county", c.county()).param("basis", c.basis().name())
                .param("on", Date.valueOf(c.registeredOn())).update();
        return childByHash(c.idNumberHash()).orElseThrow();
    }

    @Override
    public Optional<Child> child(UUID id) {
        return jdbc.sql("SELECT * FROM child WHERE id = :id").param("id", id).query(JdbcChildRegistry::child).optional();
    }

    @Override
    public Optional<Child> childOfPerson(UUID personId) {
        return jdbc.sql("SELECT * FROM child WHERE person_id = :p").param("p", personId).query(JdbcChildRegistry::child)
                .optional();
    }

    @Override
    public Optional<Child> childByHash(String idNumberHash) {
        return jdbc.sql("SELECT * FROM child WHERE id_number_hash = :h").param("h", idNumberHash)
                .query(JdbcChildRegistry::child).optional();
    }

    @Override
    public void update(Child c) {
        jdbc.sql("UPDATE child SET person_id = :person, county = :county, basis = :basis, version = version + 1 WHERE id = :id")
                .param("id", c.id()).param("person", c.personId()).param("county", c.county())
                .param("basis", c.basis().name()).update();
    }

    @Override
    public void lock(UUID childId) {
        jdbc.sql("SELECT id FROM child WHERE id = :id FOR UPDATE").param("id", childId).query(UUID.class).single();
    }

    @Override
    public void add(Institution i) {
        jdbc.sql("""
                        INSERT INTO designated_institution (id, name, county, client_id, service_types, capacity,
                            agreement_from, agreement_to)
                        VALUES (:id, :name, :county, :client, :services, :capacity, :from, :to)""")
                .param("id", i.id()).param("name", i.name()).param("county", i.county()).param("client", i.clientId())
                .param("services", i.serviceTypes().stream().map(Enum::name).sorted().collect(Collectors.joining(",")))
                .param("capacity", i.capacity()).param("from", Date.valueOf(i.agreementFrom()))
                .param("to", Date.valueOf(i.agreementTo())).update();
    }

    @Override
    public Optional<Institution> institution(UUID id) {
        return jdbc.sql("SELECT * FROM designated_institution WHERE id = :id").param("id", id)
                .query(JdbcChildRegistry::institution).optional();
    }

    @Override
    public Optional<Institution> institutionOfClient(String clientId) {
        return jdbc.sql("SELECT * FROM designated_institution WHERE client_id = :c").param("c", clientId)
                .query(JdbcChildRegistry::institution).optional();
    }

    @Override
    public int activeEnrolments(UUID institutionId) {
        return jdbc.sql("SELECT count(*) FROM enrolment WHERE institution_id = :i AND exited_on IS NULL")
                .param("i", institutionId).query(Integer.class).single();
    }

    @Override
    public void add(Enrolment e) {
        jdbc.sql("""
                        INSERT INTO enrolment (id, child_id, institution_id, service_type, admitted_on, enrolled_by)
                        VALUES (:id, :child, :institution, :service, :on, :by)""")
                .param("id", e.id()).param("child", e.childId()).param("institution", e.institutionId())
                .param("service", e.serviceType().name()).param("on", Date.valueOf(e.admittedOn()))
                .param("by", e.enrolledBy()).update();
    }

    @Override
    public Optional<Enrolment> enrolment(UUID id) {
        return jdbc.sql("SELECT * FROM enrolment WHERE id = :id").param("id", id).query(JdbcChildRegistry::enrolment)
                .optional();
    }

    @Override
    public void exit(Enrolment exited) {
        jdbc.sql("UPDATE enrolment SET exited_on = :on, version = version + 1 WHERE id = :id AND exited_on IS NULL")
                .param("on", Date.valueOf(exited.exitedOn())).param("id", exited.id()).update();
    }

    @Override
    public List<Enrolment> activeEnrolmentsOf(UUID institutionId) {
        return jdbc.sql("SELECT * FROM enrolment WHERE institution_id = :i AND exited_on IS NULL ORDER BY admitted_on")
                .param("i", institutionId).query(JdbcChildRegistry::enrolment).list();
    }

    @Override
    public List<Enrolment> enrolmentsOfChild(UUID childId) {
        return jdbc.sql("SELECT * FROM enrolment WHERE child_id = :c ORDER BY admitted_on").param("c", childId)
                .query(JdbcChildRegistry::enrolment).list();
    }

    @Override
    public long subsidisedInYear(UUID childId, int year) {
        return jdbc.sql("SELECT COALESCE(sum(subsidy_fen), 0) FROM monthly_service WHERE child_id = :c AND month LIKE :y")
                .param("c", childId).param("y", year + "-%").query(Long.class).single();
    }

    @Override
    public boolean add(MonthlyService m) {
        return jdbc.sql("""
                        INSERT INTO monthly_service (id, enrolment_id, child_id, institution_id, month, sessions, claimed_fen,
                            subsidy_fen, recorded_by)
                        VALUES (:id, :enrolment, :child, :institution, :month, :sessions, :claimed, :subsidy, :by)
                        ON CONFLICT (enrolment_id, month) DO NOTHING""")
                .param("id", m.id()).param("enrolment", m.enrolmentId()).param("child", m.childId())
                .param("institution", m.institutionId()).param("month", m.month().toString())
                .param("sessions", m.sessions()).param("claimed", m.claimedFen()).param("subsidy", m.subsidyFen())
                .param("by", m.recordedBy()).update() == 1;
    }

    @Override
    public List<MonthlyService> servicesOfChild(UUID childId) {
        return jdbc.sql("SELECT * FROM monthly_service WHERE child_id = :c ORDER BY month").param("c", childId)
                .query(JdbcChildRegistry::monthly).list();
    }

    @Override
    public long settlementFen(UUID institutionId, YearMonth month) {
        return jdbc.sql("SELECT COALESCE(sum(subsidy_fen), 0) FROM monthly_service WHERE institution_id = :i AND month = :m")
                .param("i", institutionId).param("m", month.toString()).query(Long.class).single();
    }

    private static Child child(ResultSet rs, int row) throws SQLException {
        return new Child(rs.getObject("id", UUID.class), rs.getString("id_number_hash").strip(),
                rs.getObject("person_id", UUID.class), rs.getDate("birth_date").toLocalDate(), rs.getString("county"),
                ChildBasis.valueOf(rs.getString("basis")), rs.getDate("registered_on").toLocalDate());
    }

    private static Institution institution(ResultSet rs, int row) throws SQLException {
        return new Institution(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("county"),
                rs.getString("client_id"), Arrays.stream(rs.getString("service_types").split(","))
                        .map(RehabService::valueOf).collect(Collectors.toSet()),
                rs.getInt("capacity"), rs.getDate("agreement_from").toLocalDate(),
                rs.getDate("agreement_to").toLocalDate());
    }

    private static Enrolment enrolment(ResultSet rs, int row) throws SQLException {
        Date exited = rs.getDate("exited_on");
        return new Enrolment(rs.getObject("id", UUID.class), rs.getObject("child_id", UUID.class),
                rs.getObject("institution_id", UUID.class), RehabService.valueOf(rs.getString("service_type")),
                rs.getDate("admitted_on").toLocalDate(), exited == null ? null : exited.toLocalDate(),
                rs.getString("enrolled_by"));
    }

    private static MonthlyService monthly(ResultSet rs, int row) throws SQLException {
        return new MonthlyService(rs.getObject("id", UUID.class), rs.getObject("enrolment_id", UUID.class),
                rs.getObject("child_id", UUID.class), rs.getObject("institution_id", UUID.class),
                YearMonth.parse(rs.getString("month")), rs.getInt("sessions"), rs.getLong("claimed_fen"),
                rs.getLong("subsidy_fen"), rs.getString("recorded_by"));
    }
}
