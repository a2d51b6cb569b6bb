package io.zhucan.platform.security.audit;

import io.zhucan.platform.security.CurrentUser;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit trail of access to a person's file: every read of personal data is recorded with who
 * read it, in which role and region, what and when; refused attempts (another region's case,
 * another citizen's data) are recorded too. Rows are written in their own transaction, so a
 * refused request, whose transaction rolls back, still leaves its trace.
 */
public class PersonFileAudit {

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;

    public PersonFileAudit(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public void read(CurrentUser user, UUID personId, String resource) {
        record(user, personId, resource, Outcome.READ);
    }

    public void denied(CurrentUser user, @Nullable UUID personId, String resource) {
        record(user, personId, resource, Outcome.DENIED);
    }

    public List<AuditEntry> entriesFor(UUID personId, int limit) {
        return jdbc.sql("""
                        SELECT occurred_at, actor, actor_roles, actor_region, client_id, resource, outcome, request_id
                        FROM person_access_audit WHERE person_id = :person ORDER BY id DESC LIMIT :limit""")
                .param("person", personId)
                .param("limit", limit)
                .query((rs, n) -> new AuditEntry(rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"),
                        rs.getString("actor_roles"), rs.getString("actor_region"), rs.getString("client_id"),
                        rs.getString("resource"), Outcome.valueOf(rs.getString("outcome")), rs.getString("request_id")))
                .list();
    }

    private void record(CurrentUser user, @Nullable UUID personId, String resource, Outcome outcome) {
        // its own transaction: the row stays when the caller's transaction is read-only or rolls back
        ownTransaction.executeWithoutResult(status -> jdbc.sql("""
                        INSERT INTO person_access_audit (occurred_at, actor, actor_roles, actor_region, client_id, person_id,
                            resource, outcome, request_id)
                        VALUES (now(), :actor, :roles, :region, :client, :person, :resource, :outcome, :requestId)""")
                .param("actor", user.username())
                .param("roles", String.join(",", user.roles().stream().sorted().toList()))
                .param("region", user.region())
                .param("client", user.clientId())
                .param("person", personId)
                .param("resource", resource)
                .param("outcome", outcome.name())
                .param("requestId", MDC.get(io.zhucan.platform.security.RequestIds.MDC_KEY))
                .update());
    }

    /** Whether the access was granted. */
    public enum Outcome {
        READ,
        DENIED
    }

    /** One audit row, as an operator or supervisor sees it. */
    public record AuditEntry(java.time.Instant occurredAt, String actor, String actorRoles, @Nullable String actorRegion,
            @Nullable String clientId, String resource, Outcome outcome, @Nullable String requestId) {
    }
}
