package io.zhucan.subsidy.entitlement.persistence;

import io.zhucan.platform.events.subsidy.EligibilityOutcome;
import io.zhucan.platform.events.vocabulary.Allowance;
import io.zhucan.subsidy.entitlement.Decision;
import io.zhucan.subsidy.entitlement.Decisions;
import io.zhucan.subsidy.entitlement.NewDecision;
import io.zhucan.subsidy.entitlement.RecordedDecision;
import io.zhucan.subsidy.entitlement.Trigger;
import io.zhucan.subsidy.facts.PersonFacts;
import io.zhucan.subsidy.policy.MissingFact;
import io.zhucan.subsidy.policy.RuleId;
import io.zhucan.subsidy.shared.persistence.JsonRows;
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
import tools.jackson.databind.node.ObjectNode;

/** The decision log and the current decision per person and allowance. */
@Repository
class JdbcDecisions implements Decisions {

    private final JdbcClient jdbc;

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
        recordAll(List.of(new NewDecision(decisionId, facts, d, policyVersion, trigger)));
    }

    @Override
    public void recordAll(List<NewDecision> recorded) {
        if (recorded.isEmpty()) {
            return;
        }
        JsonRows rows = new JsonRows();
        for (NewDecision n : recorded) {
            Decision d = n.decision();
            ObjectNode row = rows.add().put("id", JsonRows.text(n.decisionId()))
                    .put("person_id", JsonRows.text(n.facts().personId())).put("allowance", d.allowance().name())
                    .put("outcome", d.outcome().name()).put("amount_fen", d.monthlyAmountFen())
                    .put("county", n.facts().certificate().county()).put("policy_version", n.policyVersion())
                    .put("trigger", n.trigger().name());
            row.set("facts", JsonRows.JSON.valueToTree(n.facts()));
            d.failedRuleIds().forEach(row.putArray("failed_rules")::add);
            d.missingFactIds().forEach(row.putArray("missing_facts")::add);
            d.regionalRules().forEach(row.putArray("regional_rules")::add);
        }
        jdbc.sql("""
                        WITH r AS (SELECT * FROM jsonb_to_recordset(CAST(:rows AS jsonb)) AS r(id uuid, person_id uuid,
                                       allowance text, outcome text, failed_rules text[], missing_facts text[], amount_fen bigint,
                                       county text, policy_version bigint, trigger text, facts jsonb, regional_rules text[])),
                        logged AS (INSERT INTO decision (id, person_id, allowance, outcome, failed_rules, missing_facts,
                                       amount_fen, county, policy_version, trigger, facts, decided_at, regional_rules)
                                   SELECT id, person_id, allowance, outcome, failed_rules, missing_facts, amount_fen, county,
                                       policy_version, trigger, facts, now(), regional_rules FROM r)
                        INSERT INTO current_decision (person_id, allowance, decision_id, outcome, failed_rules,
                            missing_facts, amount_fen, regional_rules)
                        SELECT person_id, allowance, id, outcome, failed_rules, missing_facts, amount_fen, regional_rules FROM r
                        ON CONFLICT (person_id, allowance) DO UPDATE SET decision_id = EXCLUDED.decision_id,
                            outcome = EXCLUDED.outcome, failed_rules = EXCLUDED.failed_rules,
                            missing_facts = EXCLUDED.missing_facts, amount_fen = EXCLUDED.amount_fen,
                            regional_rules = EXCLUDED.regional_rules""")
                .param("rows", rows.json()).update();
    }

    /** Recorded ids this version no longer knows are dropped: the next decision differs and is recorded anew. */
    private static <T> List<T> ids(Array array, Function<String, Optional<T>> byId) throws SQLException {
        return array == null ? List.of()
                : java.util.Arrays.stream((String[]) array.getArray()).map(byId).flatMap(Optional::stream).toList();
    }
}
