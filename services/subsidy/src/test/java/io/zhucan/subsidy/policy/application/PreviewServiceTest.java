package io.zhucan.subsidy.policy.application;

import static io.zhucan.subsidy.fakes.PeopleAndPolicy.CLOCK;
import static io.zhucan.subsidy.fakes.PeopleAndPolicy.POLICY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zhucan.platform.domain.IllegalTransitionException;
import io.zhucan.platform.domain.NotFoundException;
import io.zhucan.platform.domain.RuleViolationException;
import io.zhucan.platform.events.vocabulary.Allowance;
import io.zhucan.platform.events.vocabulary.DisabilityGrade;
import io.zhucan.platform.security.CurrentUser;
import io.zhucan.subsidy.approval.Approval;
import io.zhucan.subsidy.approval.ApprovalStatus;
import io.zhucan.subsidy.approval.application.ApprovalHandler;
import io.zhucan.subsidy.approval.application.ApprovalService;
import io.zhucan.subsidy.fakes.InMemoryApprovals;
import io.zhucan.subsidy.fakes.InMemoryImpactPreviews;
import io.zhucan.subsidy.fakes.InMemoryPolicies;
import io.zhucan.subsidy.fakes.NoTransactions;
import io.zhucan.subsidy.policy.Impact;
import io.zhucan.subsidy.policy.Impact.RegionImpact;
import io.zhucan.subsidy.policy.ImpactPreview;
import io.zhucan.subsidy.policy.Policy;
import io.zhucan.subsidy.policy.PolicyChange;
import io.zhucan.subsidy.policy.PolicyChange.AmountChange;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The approver of a policy change must have opened its latest, fresh impact preview; the preview sees the proposed version. */
class PreviewServiceTest {

    final InMemoryPolicies policies = new InMemoryPolicies(POLICY);
    final InMemoryApprovals approvals = new InMemoryApprovals();
    final List<ApprovalHandler> handlers = new ArrayList<>();
    final AtomicReference<Clock> clock = new AtomicReference<>(CLOCK);
    final ApprovalService approvalService = new ApprovalService(approvals, handlers, CLOCK);
    final PolicyService service = new PolicyService(policies, version -> { }, approvalService,
            NoTransactions.template(new NoTransactions()), CLOCK);
    final List<Policy> estimated = new ArrayList<>();
    final InMemoryImpactPreviews stored = new InMemoryImpactPreviews();
    final Impact impact = new Impact(3, List.of(new RegionImpact("330102", 2, 1, 0, 12000)));
    final PreviewService previews = new PreviewService(approvalService, policies, proposed -> {
        estimated.add(proposed);
        return impact;
    }, stored, new Clock() { // moves when the test says so
        @Override
        public java.time.ZoneId getZone() {
            return clock.get().getZone();
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return clock.get().withZone(zone);
        }

        @Override
        public Instant instant() {
            return clock.get().instant();
        }
    }, Duration.ofHours(24));
    final CurrentUser maker = new CurrentUser("operator-1", Set.of("operator"), "330000", null, null);
    final CurrentUser checker = new CurrentUser("operator-2", Set.of("operator"), "330000", null, null);
    final CurrentUser other = new CurrentUser("operator-3", Set.of("operator"), "330000", null, null);
    final CurrentUser jiaxing = new CurrentUser("operator-jx", Set.of("operator"), "330400", null, null);

    {
        handlers.add(new PolicyApprovals(service, previews));
    }

    Approval propose() {
        return service.propose(new PolicyChange(LocalDate.of(2027, 1, 1), "杭州 raise", Map.of(),
                List.of(new AmountChange(Allowance.NURSING, "330102", DisabilityGrade.GRADE_2, 33000L))), maker);
    }

    void assertRefused(Approval proposal, CurrentUser approver, UUID previewId, String rule) {
        assertThatThrownBy(() -> approvalService.approve(proposal.id(), approver, previewId))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.rule()).isEqualTo(rule));
        assertThat(approvals.requests.get(proposal.id()).status()).isEqualTo(ApprovalStatus.PENDING);
        assertThat(policies.versions).containsOnlyKeys(1L);
    }

    @Test
    void thePreviewEvaluatesTheVersionTheProposalWouldBecomeAndIsKeptWithTheApproval() {
        Approval proposal = propose();
        ImpactPreview preview = previews.run(proposal.id(), maker);

        assertThat(estimated).containsExactly(PolicyService.change(proposal.payload()).applyTo(POLICY, 2));
        assertThat(preview.impact()).isEqualTo(impact);
        assertThat(preview.baseVersion()).isEqualTo(1);
        assertThat(preview.computedBy()).isEqualTo("operator-1");
        assertThat(previews.latest(proposal.id(), checker)).isEqualTo(preview); // opened by the checker
        Approval approved = approvalService.approve(proposal.id(), checker, preview.id());

        assertThat(approved.status()).isEqualTo(ApprovalStatus.APPROVED);
        assertThat(approved.seen()).isEqualTo(preview.id());
        assertThat(policies.versions).containsOnlyKeys(1L, 2L);
    }

    @Test
    void approvingWithoutAPreviewIdOrBeforeAnyPreviewIsRefused() {
        Approval proposal = propose();
        assertRefused(proposal, checker, null, "policy-preview-required");
        assertRefused(proposal, checker, UUID.randomUUID(), "policy-preview-required");
    }

    @Test
    void approvingAPreviewTheApproverDidNotOpenIsRefused() {
        Approval proposal = propose();
        ImpactPreview preview = previews.run(proposal.id(), maker); // the maker saw it, not the checker
        assertRefused(proposal, checker, preview.id(), "policy-preview-not-seen");
    }

    @Test
    void approvingAnOlderPreviewIsRefused() {
        Approval proposal = propose();
        ImpactPreview older = previews.run(proposal.id(), checker);
        previews.run(proposal.id(), other); // a newer one the checker has not opened
        assertRefused(proposal, checker, older.id(), "policy-preview-not-latest");
    }

    @Test
    void aPreviewIsStaleOnceAnotherVersionIsAddedOrAfterItsMaximumAge() {
        Approval proposal = propose();
        ImpactPreview preview = previews.run(proposal.id(), checker);
        clock.set(Clock.offset(CLOCK, Duration.ofHours(24).plusSeconds(1)));
        assertRefused(proposal, checker, preview.id(), "policy-preview-stale");

        clock.set(CLOCK);
        ImpactPreview fresh = previews.run(proposal.id(), checker);
        service.change(new PolicyChange(LocalDate.of(2027, 1, 1), "another", Map.of(),
                List.of(new AmountChange(Allowance.LIVING, "330106", null, 1000L))), "x", "y");
        assertThatThrownBy(() -> approvalService.approve(proposal.id(), checker, fresh.id()))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.rule()).isEqualTo("policy-preview-stale"));
    }

    @Test
    void previewsAreForPendingPolicyProposalsOfTheOperatorsRegion() {
        Approval proposal = propose();
        assertThatThrownBy(() -> previews.run(proposal.id(), jiaxing)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> previews.latest(proposal.id(), checker)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> previews.run(UUID.randomUUID(), checker)).isInstanceOf(NotFoundException.class);
        approvalService.reject(proposal.id(), checker, "no");
        assertThatThrownBy(() -> previews.run(proposal.id(), checker)).isInstanceOf(IllegalTransitionException.class);
    }
}
