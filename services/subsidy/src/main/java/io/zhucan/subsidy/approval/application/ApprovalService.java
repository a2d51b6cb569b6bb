package io.zhucan.subsidy.approval.application;

import io.zhucan.platform.domain.NotFoundException;
import io.zhucan.platform.security.CurrentUser;
import io.zhucan.subsidy.approval.Approval;
import io.zhucan.subsidy.approval.ApprovalStatus;
import io.zhucan.subsidy.approval.Approvals;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Maker-checker: a feature files a request; a second person who may decide its kind approves it,
 * which carries it out in the same transaction, or rejects it. The requester never decides.
 */
@Service
public class ApprovalService {

    private static final Logger log = LoggerFactory.getLogger(ApprovalService.class);

    private final Approvals approvals;
    private final List<ApprovalHandler> handlers;
    private final Clock clock;

    /** The handlers are resolved on first use ({@code @Lazy}): the features that carry requests out also file them. */
    public ApprovalService(Approvals approvals, @Lazy List<ApprovalHandler> handlers, Clock clock) {
        this.approvals = approvals;
        this.handlers = handlers;
        this.clock = clock;
    }

    /** Files a request of {@code kind} by {@code requester}; nothing moves until a second person approves. */
    public Approval request(String kind, String region, String summary, String payload, String reason,
            CurrentUser requester) {
        Approval approval = Approval.request(handler(kind).kind(), region, summary, payload, reason,
                requester.username(), Instant.now(clock));
        approvals.add(approval);
        log.info("approval {} ({}) requested by {}", approval.id(), kind, requester.username());
        return approval;
    }

    /** The pending requests this user may decide. */
    @Transactional(readOnly = true)
    public List<Approval> pendingFor(CurrentUser user) {
        return approvals.pending(500).stream().filter(a -> handler(a.kind()).mayDecide(user, a)).toList();
    }

    /** A request the user may decide, pending or decided (404 otherwise, as for a person's file). */
    @Transactional(readOnly = true)
    public Approval find(UUID id, CurrentUser user) {
        return approvals.find(id).filter(a -> handler(a.kind()).mayDecide(user, a))
                .orElseThrow(() -> new NotFoundException("no approval request " + id));
    }

    @Transactional
    public Approval approve(UUID id, CurrentUser approver) {
        return approve(id, approver, null);
    }

    /** Approves, the approver confirming they saw {@code seen} (required by some kinds: {@link ApprovalHandler#requireSeen}). */
    @Transactional
    public Approval approve(UUID id, CurrentUser approver, @Nullable UUID seen) {
        Approval approval = decidable(id, approver);
        approval.checkDecidableBy(approver.username()); // before anything is carried out
        handler(approval.kind()).requireSeen(approval, approver, seen);
        String outcome = handler(approval.kind()).carryOut(approval, approver);
        Approval approved = approval.decide(ApprovalStatus.APPROVED, approver.username(), Instant.now(clock), outcome,
                seen);
        approvals.decided(approved);
        log.info("approval {} ({}) approved by {}: {}", id, approval.kind(), approver.username(), outcome);
        return approved;
    }

    @Transactional
    public Approval reject(UUID id, CurrentUser decider, String why) {
        Approval rejected = decidable(id, decider)
                .decide(ApprovalStatus.REJECTED, decider.username(), Instant.now(clock), "rejected: " + why);
        approvals.decided(rejected);
        log.info("approval {} rejected by {}", id, decider.username());
        return rejected;
    }

    private Approval decidable(UUID id, CurrentUser user) {
        Approval approval = approvals.lock(id).orElseThrow(() -> new NotFoundException("no approval request " + id));
        if (!handler(approval.kind()).mayDecide(user, approval)) {
            // as for a person's file: not yours and not there answer alike
            throw new NotFoundException("no approval request " + id);
        }
        return approval;
    }

    private ApprovalHandler handler(String kind) {
        return handlers.stream().filter(h -> h.kind().equals(kind)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no handler for approvals of kind " + kind));
    }
}
