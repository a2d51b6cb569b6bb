package io.zhucan.subsidy.facts.persistence;

import io.zhucan.platform.events.certification.CancellationReason;
import io.zhucan.platform.events.vocabulary.CareScheme;
import io.zhucan.platform.events.vocabulary.DisabilityCategory;
import io.zhucan.platform.events.vocabulary.DisabilityGrade;
import io.zhucan.platform.events.vocabulary.LowIncomeStatus;
import io.zhucan.platform.events.vocabulary.ResidentIdNumber;
import io.zhucan.subsidy.facts.PersonFacts;
import io.zhucan.subsidy.facts.PersonFacts.CareBenefit;
import io.zhucan.subsidy.facts.PersonFacts.Certificate;
import io.zhucan.subsidy.facts.PersonFacts.CertificateStatus;
import io.zhucan.subsidy.facts.PersonFacts.Dated;
import io.zhucan.subsidy.facts.PersonFacts.Income;
import io.zhucan.subsidy.facts.PersonFactsStore;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Repository
class JdbcPersonFactsStore implements PersonFactsStore {

    private static final TypeReference<Map<CareScheme, CareBenefit>> BENEFITS = new TypeReference<>() { };

    private final JdbcClient jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    JdbcPersonFactsStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public PersonFacts lockOrCreate(ResidentIdNumber idNumber) {
        jdbc.sql("INSERT INTO person_facts (id_number, updated_at) VALUES (:id, now()) ON CONFLICT DO NOTHING")
                .param("id", idNumber.value()).update();
        return jdbc.sql("SELECT * FROM person_facts WHERE id_number = :id FOR UPDATE").param("id", idNumber.value())
                .query(this::map).single();
    }

    @Override
    public Optional<PersonFacts> lockByPerson(UUID personId) {
        return jdbc.sql("SELECT * FROM person_facts WHERE person_id = :p FOR UPDATE").param("p", personId)
                .query(this::map).optional();
    }

    @Override
    public Optional<PersonFacts> findByPerson(UUID personId) {
        return jdbc.sql("SELECT * FROM person_facts WHERE person_id = :p").param("p", personId).query(this::map)
                .optional();
    }

    @Override
    public void save(PersonFacts f) {
        Certificate c = f.certificate();
        jdbc.sql("""
                        UPDATE person_facts SET person_id = :personId, certificate_id = :certificateId,
                            certificate_number = :number, category = :category, grade = :grade, grade_since = :gradeSince,
                            county = :county, certificate_status = :status, certificate_status_since = :statusSince,
                            issued_on = :issuedOn, valid_until = :validUntil, cancellation_reason = :cancellation,
                            low_income_status = :lowIncome, low_income_since = :lowIncomeSince,
                            institutional_care = :care, institutional_care_since = :careSince,
                            orphan_allowance = :orphan, orphan_allowance_since = :orphanSince,
                            care_benefits = CAST(:benefits AS jsonb), date_of_death = :death,
                            household_income_fen = :household, own_income_fen = :own, income_since = :incomeSince,
                            updated_at = now()
                        WHERE id_number = :id""")
                .param("id", f.idNumber().value())
                .param("personId", f.personId())
                .param("certificateId", c == null ? null : c.certificateId())
                .param("number", c == null ? null : c.number())
                .param("category", c == null ? null : c.category().name())
                .param("grade", c == null ? null : c.grade().name())
                .param("gradeSince", c == null ? null : c.gradeSince())
                .param("county", c == null ? null : c.county())
                .param("status", c == null ? null : c.status().name())
                .param("statusSince", c == null ? null : c.statusSince())
                .param("issuedOn", c == null ? null : c.issuedOn())
                .param("validUntil", c == null ? null : c.validUntil())
                .param("cancellation", c == null || c.cancellationReason() == null ? null : c.cancellationReason().name())
                .param("lowIncome", f.lowIncome() == null ? null : f.lowIncome().value().name())
                .param("lowIncomeSince", f.lowIncome() == null ? null : f.lowIncome().since())
                .param("care", f.institutionalCare() == null ? null : f.institutionalCare().value())
                .param("careSince", f.institutionalCare() == null ? null : f.institutionalCare().since())
                .param("orphan", f.orphanAllowance() == null ? null : f.orphanAllowance().value())
                .param("orphanSince", f.orphanAllowance() == null ? null : f.orphanAllowance().since())
                .param("benefits", json.writeValueAsString(f.careBenefits()))
                .param("death", f.dateOfDeath())
                .param("household", f.income() == null ? null : f.income().value().householdPerCapitaMonthlyFen())
                .param("own", f.income() == null ? null : f.income().value().ownMonthlyFen())
                .param("incomeSince", f.income() == null ? null : f.income().since())
                .update();
    }

    @Override
    public List<PersonFacts> lockChunk(String after, int limit, Set<String> counties, Set<DisabilityGrade> grades) {
        StringBuilder sql = new StringBuilder(
                "SELECT * FROM person_facts WHERE id_number > :after AND person_id IS NOT NULL");
        if (!counties.isEmpty()) {
            sql.append(" AND county IN (:counties)");
        }
        if (!grades.isEmpty()) {
            sql.append(" AND grade IN (:grades)");
        }
        sql.append(" ORDER BY id_number LIMIT :limit FOR UPDATE");
        var statement = jdbc.sql(sql.toString()).param("after", after).param("limit", limit);
        if (!counties.isEmpty()) {
            statement = statement.param("counties", List.copyOf(counties));
        }
        if (!grades.isEmpty()) {
            statement = statement.param("grades", grades.stream().map(Enum::name).toList());
        }
        return statement.query(this::map).list();
    }

    @Override
    public List<PersonFacts> holdersAfter(@Nullable UUID after, int limit) {
        return jdbc.sql(after == null
                        ? "SELECT * FROM person_facts WHERE person_id IS NOT NULL ORDER BY person_id LIMIT :limit"
                        : "SELECT * FROM person_facts WHERE person_id > :after ORDER BY person_id LIMIT :limit")
                .param("after", after).param("limit", limit).query(this::map).list();
    }

    private PersonFacts map(ResultSet rs, int row) throws SQLException {
        Certificate certificate = null;
        if (rs.getObject("certificate_id") != null) {
            String cancellation = rs.getString("cancellation_reason");
            certificate = new Certificate(rs.getObject("certificate_id", UUID.class), rs.getString("certificate_number"),
                    DisabilityCategory.valueOf(rs.getString("category")), DisabilityGrade.valueOf(rs.getString("grade")),
                    date(rs, "grade_since"), rs.getString("county"),
                    CertificateStatus.valueOf(rs.getString("certificate_status")), date(rs, "certificate_status_since"),
                    date(rs, "issued_on"), date(rs, "valid_until"),
                    cancellation == null ? null : CancellationReason.valueOf(cancellation));
        }
        String lowIncome = rs.getString("low_income_status");
        Boolean care = (Boolean) rs.getObject("institutional_care");
        Boolean orphan = (Boolean) rs.getObject("orphan_allowance");
        return new PersonFacts(ResidentIdNumber.of(rs.getString("id_number")), rs.getObject("person_id", UUID.class),
                certificate,
                lowIncome == null ? null : new Dated<>(LowIncomeStatus.valueOf(lowIncome), date(rs, "low_income_since")),
                care == null ? null : new Dated<>(care, date(rs, "institutional_care_since")),
                orphan == null ? null : new Dated<>(orphan, date(rs, "orphan_allowance_since")),
                benefits(rs.getString("care_benefits")), date(rs, "date_of_death"), income(rs));
    }

    private static @Nullable Dated<Income> income(ResultSet rs) throws SQLException {
        long household = rs.getLong("household_income_fen");
        if (rs.wasNull()) {
            return null;
        }
        long own = rs.getLong("own_income_fen");
        return new Dated<>(new Income(household, rs.wasNull() ? null : own), date(rs, "income_since"));
    }

    /** Most holders have none: no parse for them (a full scan reads 1.2 M rows). */
    private Map<CareScheme, CareBenefit> benefits(String stored) {
        return "{}".equals(stored) ? Map.of() : json.readValue(stored, BENEFITS);
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }
}
