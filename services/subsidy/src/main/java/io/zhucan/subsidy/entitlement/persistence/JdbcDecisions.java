package io.zhucan.subsidy.entitlement.persistence;

import io.zhucan.platform.events.subsidy.EligibilityOutcome;
import io.zhucan.platform.events.vocabulary.Allowance;
import io.zhucan.subsidy.entitlement.Decision;
import io.zhucan.subsidy.entitlement.Decisions;
import io.zhucan.subsidy.entitlement.RecordedDecision;
import io.zhucan.subsidy.entitlement.Trigger;
import io.zhucan.subsidy.facts.PersonFacts;
import io.zhucan.subsidy.policy.MissingFact;
import io.zhucan.subsidy.policy.RuleId;
import java.sql.Array;
import java.sql.SQLException;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The decision log and the current decision per person and allowance. */
@Repository
class JdbcDecisions implements Decisions {

    private final JdbcClient jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    JdbcDecisions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<UUID, Map<Allowance, RecordedDecision>> currentOf(Collection<UUID> personIds) {
        Map<UUID, Map<Allowance, RecordedDecision>> result = new HashMap<>();
        jdbc.sql("SELECT * FROM current_decision WHERE person_id IN (:ids)").param("ids", personIds)
                .query(rs -> {
                    long amount = rs.getLong("amount_fen");
                    Long amountFen = rs.wasNull() ? null : amount;
                    result.computeIfAbsent(rs.getObject("person_id", UUID.class), p -> new EnumMap<>(Allowance.class))
                            .put(Allowance.valueOf(rs.getString("allowance")), new RecordedDecision(
                                    rs.getObject("decision_id", UUID.class),
                                    EligibilityOutcome.valueOf(rs.getString("outcome")),
                                    ids(rs.getArray("failed_rules"), RuleId::byId),
                                    ids(rs.getArray("missing_facts"), MissingFact::byId), amountFen,
                                    ids(rs.getArray("regional_rules"), Optional::of)));
                });
        return result;
    }

    @Override
    public void record(UUID decisionId, PersonFacts facts, Decision d, long policyVersion, Trigger trigger) {
        String[] failed = d.failedRuleIds().toArray(String[]::new);
        String[] missing = d.missingFactIds().toArray(String[]::new);
        String[] regional = d.regionalRules().toArray(String[]::new);
        jdbc.sql("""
                        INSERT INTO decision (id, person_id, allowance, outcome, failed_rules, missing_facts, amount_fen,
                            county, policy_version, trigger, facts, decided_at, regional_rules)
                        VALUES (:id, :person, :allowance, :outcome, :failed, :missing, :amount, :county, :version,
                            :trigger, CAST(:facts AS jsonb), now(), :regional)""")
                .param("id", decisionId).param("person", facts.personId()).param("allowance", d.allowance().name())
                .param("outcome", d.outcome().name()).param("failed", failed).param("missing", missing)
                .param("regional", regional)
                .param("amount", d.monthlyAmountFen()).param("county", facts.certificate().county())
                .param("version", policyVersion).param("trigger", trigger.name())
                .param("facts", json.writeValueAsString(facts)).update();
        jdbc.sql("""
                        INSERT INTO current_decision (person_id, allowance, decision_id, outcome, failed_rules,
                            missing_facts, amount_fen, regional_rules)
                        VALUES (:person, :allowance, :id, :outcome, :failed, :missing, :amount, :regional)
                        ON CONFLICT (person_id, allowance) DO UPDATE SET decision_id = EXCLUDED.decision_id,
                            outcome = EXCLUDED.outcome, failed_rules = EXCLUDED.failed_rules,
                            missing_facts = EXCLUDED.missing_facts, amount_fen = EXCLUDED.amount_fen,
                            regional_rules = EXCLUDED.regional_rules""")
                .param("id", decisionId).param("person", facts.personId()).param("allowance", d.allowance().name())
                .param("outcome", d.outcome().name()).param("failed", failed).param("missing", missing)
                .param("regional", regional)
                .param("amount", d.monthlyAmountFen()).update();
    }

    /** Recorded ids this version no longer knows are dropped: the next decision differs and is recorded anew. */
    private static <T> List<T> ids(Array array, Function<String, Optional<T>> byId) throws SQLException {
        return array == null ? List.of()
                : java.util.Arrays.stream((String[]) array.getArray()).map(byId).flatMap(Optional::stream).toList();
    }
}
