package io.zhucan.subsidy.entitlement.persistence;

import io.zhucan.platform.events.vocabulary.Allowance;
import io.zhucan.subsidy.entitlement.OverrideAudit;
import io.zhucan.subsidy.entitlement.Overrides;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcOverrideAudit implements OverrideAudit {

    private final JdbcClient jdbc;

    JdbcOverrideAudit(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void record(UUID personId, Allowance allowance, Overrides.Action action, String reason, String actor,
            @Nullable String actorRegion, @Nullable Long amountFen, @Nullable String approvedBy) {
        jdbc.sql("""
                        INSERT INTO override_audit (id, person_id, allowance, action, reason, actor, actor_region, amount_fen,
                            approved_by, occurred_at)
                        VALUES (:id, :person, :allowance, :action, :reason, :actor, :region, :amount, :approver, now())""")
                .param("id", UUID.randomUUID()).param("person", personId).param("allowance", allowance.name())
                .param("action", action.name()).param("reason", reason).param("actor", actor).param("region", actorRegion)
                .param("amount", amountFen).param("approver", approvedBy).update();
    }
}
