package io.zhucan.platform.security.audit;

import io.zhucan.platform.security.CurrentUser;
import io.zhucan.platform.security.RequestIds;
import jakarta.servlet.ServletRequest;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The audit trail of access to a person's file: every read of personal data is recorded with who
 * read it, in which role and region, what and when; refused attempts (another region's case,
 * another citizen's data) are recorded too, although the refusal rolls the request's transaction
 * back. Within a request the rows are therefore written once its transactions have ended and given
 * their connection back, before the response body leaves ({@code PendingAuditAdvice}, with
 * {@code PendingAuditFilter} for answers without a body): a second connection taken while the
 * transaction holds one starved the pool under load (30 concurrent reads, pool of 30).
 */
public class PersonFileAudit {

    private static final String PENDING = PersonFileAudit.class.getName() + ".pending";

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

    /** Writes the rows a request left pending; called once its transactions are over. */
    @SuppressWarnings("unchecked")
    public void writePending(ServletRequest request) {
        List<Entry> pending = (List<Entry>) request.getAttribute(PENDING);
        if (pending != null && !pending.isEmpty()) {
            request.removeAttribute(PENDING);
            pending.forEach(this::insert);
        }
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

    @SuppressWarnings("unchecked")
    private void record(CurrentUser user, @Nullable UUID personId, String resource, Outcome outcome) {
        Entry entry = new Entry(Instant.now(), user.username(), String.join(",", user.roles().stream().sorted().toList()),
                user.region(), user.clientId(), personId, resource, outcome, MDC.get(RequestIds.MDC_KEY));
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            insert(entry);
        } else if (request != null) {
            List<Entry> pending = (List<Entry>) request.getAttribute(PENDING, RequestAttributes.SCOPE_REQUEST);
            if (pending == null) {
                pending = new ArrayList<>();
                request.setAttribute(PENDING, pending, RequestAttributes.SCOPE_REQUEST);
            }
            pending.add(entry);
        } else {
            // outside a request (a job): its own transaction, so the row stays if the caller's rolls back
            ownTransaction.executeWithoutResult(status -> insert(entry));
        }
    }

    private void insert(Entry entry) {
        jdbc.sql("""
                        INSERT INTO person_access_audit (occurred_at, actor, actor_roles, actor_region, client_id, person_id,
                            resource, outcome, request_id)
                        VALUES (:at, :actor, :roles, :region, :client, :person, :resource, :outcome, :requestId)""")
                .param("at", Timestamp.from(entry.at()))
                .param("actor", entry.actor())
                .param("roles", entry.roles())
                .param("region", entry.region())
                .param("client", entry.clientId())
                .param("person", entry.personId())
                .param("resource", entry.resource())
                .param("outcome", entry.outcome().name())
                .param("requestId", entry.requestId())
                .update();
    }

    private record Entry(Instant at, String actor, String roles, @Nullable String region, @Nullable String clientId,
            @Nullable UUID personId, String resource, Outcome outcome, @Nullable String requestId) {
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
