package io.zhucan.subsidy.policy.application;

import io.zhucan.platform.domain.IllegalTransitionException;
import io.zhucan.platform.domain.NotFoundException;
import io.zhucan.platform.domain.RuleViolationException;
import io.zhucan.platform.security.CurrentUser;
import io.zhucan.subsidy.approval.Approval;
import io.zhucan.subsidy.approval.ApprovalStatus;
import io.zhucan.subsidy.approval.application.ApprovalService;
import io.zhucan.subsidy.policy.Impact;
import io.zhucan.subsidy.policy.ImpactEstimator;
import io.zhucan.subsidy.policy.ImpactPreview;
import io.zhucan.subsidy.policy.ImpactPreviews;
import io.zhucan.subsidy.policy.Policies;
import io.zhucan.subsidy.policy.Policy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The impact preview of a policy proposal: a dry run of the version it would become over every
 * certificate holder (by {@link ImpactEstimator}), kept in aggregates; and the check that whoever
 * approves the proposal opened its latest preview, and that the preview is not stale.
 */
@Service
public class PreviewService {

    private static final Logger log = LoggerFactory.getLogger(PreviewService.class);

    private final ApprovalService approvals;
    private final Policies policies;
    private final ImpactEstimator estimator;
    private final ImpactPreviews previews;
    private final Clock clock;
    private final Duration maxAge;

    public PreviewService(ApprovalService approvals, Policies policies, ImpactEstimator estimator,
            ImpactPreviews previews, Clock clock, @Value("${zhucan.subsidy.preview.max-age:PT24H}") Duration maxAge) {
        this.approvals = approvals;
        this.policies = policies;
        this.estimator = estimator;
        this.previews = previews;
        this.clock = clock;
        this.maxAge = maxAge;
    }

    /** Runs a preview of a pending proposal the operator may decide or made; the operator has seen it. */
    public ImpactPreview run(UUID proposalId, CurrentUser operator) {
        Approval proposal = proposal(proposalId, operator);
        if (proposal.status() != ApprovalStatus.PENDING) {
            throw new IllegalTransitionException("the proposal is already " + proposal.status().name().toLowerCase());
        }
        Policy latest = latest();
        Policy proposed = PolicyService.change(proposal.payload()).applyTo(latest, latest.version() + 1);
        long started = System.nanoTime();
        Impact impact = estimator.estimate(proposed);
        long millis = (System.nanoTime() - started) / 1_000_000;
        ImpactPreview preview = new ImpactPreview(UUID.randomUUID(), proposalId, latest.version(), operator.username(),
                Instant.now(clock), millis, impact);
        previews.add(preview);
        previews.viewed(preview.id(), operator.username(), preview.computedAt());
        log.info("policy preview {} of proposal {}: {} persons in {} ms", preview.id(), proposalId, impact.persons(), millis);
        return preview;
    }

    /** The proposal's latest preview, recorded as seen by the operator. */
    public ImpactPreview latest(UUID proposalId, CurrentUser operator) {
        proposal(proposalId, operator);
        ImpactPreview preview = previews.latest(proposalId)
                .orElseThrow(() -> new NotFoundException("no preview of proposal " + proposalId));
        previews.viewed(preview.id(), operator.username(), Instant.now(clock));
        return preview;
    }

    /** Throws (422 with a rule id) unless {@code previewId} is the proposal's latest, fresh preview and the approver opened it. */
    void requireSeen(Approval proposal, CurrentUser approver, @Nullable UUID previewId) {
        if (previewId == null) {
            throw new RuleViolationException("policy-preview-required",
                    "approving a policy change needs the id of its impact preview you opened (previewId)");
        }
        ImpactPreview latest = previews.latest(proposal.id()).orElseThrow(() -> new RuleViolationException(
                "policy-preview-required", "the proposal has no impact preview yet: run one first"));
        if (!latest.id().equals(previewId)) {
            throw new RuleViolationException("policy-preview-not-latest", "a newer preview of the proposal exists: open it");
        }
        if (!previews.wasViewedBy(previewId, approver.username())) {
            throw new RuleViolationException("policy-preview-not-seen", "you have not opened this preview");
        }
        if (latest.staleAt(Instant.now(clock), latest().version(), maxAge)) {
            throw new RuleViolationException("policy-preview-stale",
                    "the preview is stale (another policy version since, or older than " + maxAge + "): run it again");
        }
    }

    /** As for a person's file: a proposal the operator neither made nor may decide is not there. */
    private Approval proposal(UUID proposalId, CurrentUser operator) {
        Approval proposal;
        try {
            proposal = approvals.find(proposalId, operator);
        } catch (NotFoundException e) {
            throw new NotFoundException("no policy proposal " + proposalId);
        }
        if (!PolicyService.KIND.equals(proposal.kind())) {
            throw new NotFoundException("no policy proposal " + proposalId);
        }
        return proposal;
    }

    private Policy latest() {
        return policies.find(policies.versions().getFirst().version()).orElseThrow();
    }
}
