package io.zhucan.subsidy.policy.application;

import static io.zhucan.subsidy.fakes.PeopleAndPolicy.CLOCK;
import static io.zhucan.subsidy.fakes.PeopleAndPolicy.POLICY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zhucan.platform.events.vocabulary.Allowance;
import io.zhucan.platform.events.vocabulary.DisabilityGrade;
import io.zhucan.platform.domain.FourEyesViolationException;
import io.zhucan.platform.domain.IllegalTransitionException;
import io.zhucan.platform.security.CurrentUser;
import io.zhucan.subsidy.approval.Approval;
import io.zhucan.subsidy.approval.ApprovalStatus;
import io.zhucan.subsidy.approval.application.ApprovalHandler;
import io.zhucan.subsidy.approval.application.ApprovalService;
import io.zhucan.subsidy.fakes.InMemoryApprovals;
import io.zhucan.subsidy.fakes.InMemoryImpactPreviews;
import io.zhucan.subsidy.policy.Impact;
import java.time.Duration;
import io.zhucan.subsidy.fakes.InMemoryPolicies;
import io.zhucan.subsidy.fakes.NoTransactions;
import io.zhucan.subsidy.policy.Policies.VersionInfo;
import io.zhucan.subsidy.policy.Policy;
import io.zhucan.subsidy.policy.PolicyChange;
import io.zhucan.subsidy.policy.PolicyChange.AmountChange;
import io.zhucan.subsidy.policy.PolicyChange.RuleChange;
import io.zhucan.subsidy.policy.Policy.RuleSetting;
import io.zhucan.subsidy.policy.RuleId;
import org.springframework.security.access.AccessDeniedException;
import io.zhucan.platform.domain.NotFoundException;
import io.zhucan.platform.domain.RuleViolationException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Operator edits: proposed, approved by a second operator, added as version N+1 with both names and why, announced once committed. */
class PolicyServiceTest {

    final InMemoryPolicies policies = new InMemoryPolicies(POLICY);
    final NoTransactions transactions = new NoTransactions();
    /** The versions announced, each with the commits done when it was. */
    final List<String> announced = new ArrayList<>();
    final InMemoryApprovals approvals = new InMemoryApprovals();
    final List<ApprovalHandler> handlers = new ArrayList<>();
    final ApprovalService approvalService = new ApprovalService(approvals, handlers, CLOCK);
    final PolicyService service = new PolicyService(policies,
            version -> announced.add("v" + version + " after " + transactions.commits + " commit(s)"),
            approvalService, NoTransactions.template(transactions), CLOCK);
    final CurrentUser operator1 = new CurrentUser("operator-1", Set.of("operator"), "330000", null, null);
    final CurrentUser operator2 = new CurrentUser("operator-2", Set.of("operator"), "330000", null, null);
    final CurrentUser countyOperator = new CurrentUser("operator-xihu", Set.of("operator"), "330106", null, null);

    final PreviewService previews = new PreviewService(approvalService, policies,
            proposed -> new Impact(0, List.of()), new InMemoryImpactPreviews(), CLOCK, Duration.ofHours(24));

    {
        handlers.add(new PolicyApprovals(service, previews));
    }

    /** Approved by one who opened the proposal's preview (required: {@link PreviewServiceTest}). */
    Approval approveSeen(Approval proposal, CurrentUser approver) {
        return approvalService.approve(proposal.id(), approver, previews.run(proposal.id(), approver).id());
    }

    static PolicyChange raise(LocalDate effectiveFrom) {
        return new PolicyChange(effectiveFrom, "2027年调标", Map.of(),
                List.of(new AmountChange(Allowance.LIVING, "330102", DisabilityGrade.GRADE_1, 52000L)));
    }

    @Test
    void aProposalChangesNothingUntilASecondProvinceOperatorApprovesIt() {
        PolicyChange change = raise(LocalDate.of(2027, 1, 1));

        Approval proposal = service.propose(change, operator1);

        assertThat(policies.versions).containsOnlyKeys(1L);
        assertThat(proposal.status()).isEqualTo(ApprovalStatus.PENDING);
        assertThat(proposal.summary()).isEqualTo("policy change for 330102 effective 2027-01-01: 0 province rule(s), 0 regional rule(s), 1 amount(s)");
        assertThat(approvalService.pendingFor(operator2)).containsExactly(proposal);
        assertThat(approvalService.pendingFor(countyOperator)).isEmpty();
        assertThatThrownBy(() -> approvalService.approve(proposal.id(), operator1))
                .isInstanceOf(FourEyesViolationException.class);
        assertThatThrownBy(() -> approvalService.approve(proposal.id(), countyOperator))
                .isInstanceOf(NotFoundException.class);
        assertThat(policies.versions).containsOnlyKeys(1L);

        Approval approved = approveSeen(proposal, operator2);

        assertThat(approved.status()).isEqualTo(ApprovalStatus.APPROVED);
        assertThat(approved.decidedBy()).isEqualTo("operator-2");
        assertThat(approved.outcome()).isEqualTo("policy version 2");
        assertThat(policies.versions.get(2L)).isEqualTo(change.applyTo(POLICY, 2));
        assertThat(policies.createdBy).containsExactly("operator-1");
        assertThat(policies.approvedBy).containsExactly("operator-2");
        assertThat(announced).containsExactly("v2 after 1 commit(s)");
    }

    @Test
    void aFaultyProposalIsRefusedAtOnceAndARejectedOneNeverBecomesAVersion() {
        assertThatThrownBy(() -> service.propose(raise(LocalDate.of(2026, 10, 1)), operator1))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.rule()).isEqualTo("policy-effective-date"));
        assertThat(approvals.requests).isEmpty();

        Approval proposal = service.propose(raise(LocalDate.of(2027, 1, 1)), operator1);
        Approval rejected = approvalService.reject(proposal.id(), operator2, "标准未经财政确认");

        assertThat(rejected.status()).isEqualTo(ApprovalStatus.REJECTED);
        assertThat(rejected.outcome()).isEqualTo("rejected: 标准未经财政确认");
        assertThatThrownBy(() -> approvalService.approve(proposal.id(), operator2))
                .isInstanceOf(IllegalTransitionException.class);
        assertThat(policies.versions).containsOnlyKeys(1L);
        assertThat(announced).isEmpty();
    }

    @Test
    void aCityRuleIsProposedAndApprovedByOperatorsOfThatCityOnly() {
        CurrentUser hangzhou1 = new CurrentUser("operator-hz-1", Set.of("operator"), "330100", null, null);
        CurrentUser hangzhou2 = new CurrentUser("operator-hz-2", Set.of("operator"), "330100", null, null);
        CurrentUser jiaxing = new CurrentUser("operator-jx", Set.of("operator"), "330400", null, null);
        PolicyChange extend = new PolicyChange(LocalDate.of(2027, 1, 1), "杭州 extends nursing", Map.of(), List.of(),
                List.of(new RuleChange("330100", RuleId.NURSING_SEVERE_GRADE.id(),
                        new RuleSetting(true, "*:GRADE_1,*:GRADE_2,INTELLECTUAL:GRADE_3,MENTAL:GRADE_3"))));

        assertThatThrownBy(() -> service.propose(extend, jiaxing)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.propose(extend, countyOperator)).isInstanceOf(AccessDeniedException.class);
        Approval proposal = service.propose(extend, hangzhou1);

        assertThat(proposal.region()).isEqualTo("330100");
        assertThat(approvalService.pendingFor(jiaxing)).isEmpty();
        assertThat(approvalService.pendingFor(countyOperator)).isEmpty(); // a county's operator cannot decide for the city
        assertThat(approvalService.pendingFor(operator2)).containsExactly(proposal); // the province covers every city
        assertThatThrownBy(() -> approvalService.approve(proposal.id(), jiaxing)).isInstanceOf(NotFoundException.class);
        approveSeen(proposal, hangzhou2);
        assertThat(policies.versions.get(2L).rule(RuleId.NURSING_SEVERE_GRADE, "330102").region()).isEqualTo("330100");
        assertThat(policies.versions.get(2L).rule(RuleId.NURSING_SEVERE_GRADE, "330402").region()).isEqualTo("330000");
    }

    @Test
    void aChangeBecomesTheNextVersionAndIsAnnouncedAfterItsCommit() {
        PolicyChange change = raise(LocalDate.of(2027, 1, 1));

        VersionInfo info = service.change(change, "operator-1", "operator-2");

        assertThat(policies.versions).containsOnlyKeys(1L, 2L);
        assertThat(policies.versions.get(2L)).isEqualTo(change.applyTo(POLICY, 2));
        assertThat(policies.changes.get(2L)).isEqualTo(change);
        assertThat(policies.createdBy).containsExactly("operator-1");
        assertThat(info).isEqualTo(new VersionInfo(2, LocalDate.of(2027, 1, 1), Instant.EPOCH, "test", null,
                "2027年调标", "{}", null, null));
        assertThat(transactions.commits).isEqualTo(1);
        assertThat(announced).containsExactly("v2 after 1 commit(s)");
    }

    @Test
    void theCurrentMonthIsTheEarliestAChangeMayTakeEffect() {
        service.change(raise(LocalDate.of(2026, 11, 1)), "operator-1", "approver");

        assertThat(policies.versions.get(2L).effectiveFrom()).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThatThrownBy(() -> service.change(raise(LocalDate.of(2026, 10, 1)), "operator-1", "approver"))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.rule()).isEqualTo("policy-effective-date"));
    }

    @Test
    void anInvalidChangeIsRefusedBeforeAnyTransaction() {
        PolicyChange noReason = new PolicyChange(LocalDate.of(2027, 1, 1), " ", Map.of(),
                raise(LocalDate.of(2027, 1, 1)).amounts());

        assertThatThrownBy(() -> service.change(noReason, "operator-1", "approver")).isInstanceOfSatisfying(
                RuleViolationException.class, e -> assertThat(e.rule()).isEqualTo("policy-reason"));

        assertThat(policies.versions).containsOnlyKeys(1L);
        assertThat(transactions.commits + transactions.rollbacks).isZero();
        assertThat(announced).isEmpty();
    }

    @Test
    void aChangeCannotTakeEffectBeforeTheLatestVersion() {
        service.change(raise(LocalDate.of(2027, 3, 1)), "operator-1", "approver");
        announced.clear();

        assertThatThrownBy(() -> service.change(raise(LocalDate.of(2027, 2, 1)), "operator-2", "approver"))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.rule()).isEqualTo("policy-effective-date");
                    assertThat(e.getMessage()).isEqualTo("effectiveFrom cannot precede the latest version's (2027-03-01)");
                });

        assertThat(policies.versions).containsOnlyKeys(1L, 2L);
        assertThat(policies.createdBy).containsExactly("operator-1");
        assertThat(transactions.rollbacks).isEqualTo(1);
        assertThat(announced).isEmpty();
    }

    @Test
    void aChangeOnTheLatestVersionsDateBuildsOnIt() {
        service.change(raise(LocalDate.of(2027, 3, 1)), "operator-1", "approver");
        PolicyChange removal = new PolicyChange(LocalDate.of(2027, 3, 1), "撤销区县标准", Map.of(),
                List.of(new AmountChange(Allowance.LIVING, "330102", DisabilityGrade.GRADE_1, null)));

        VersionInfo info = service.change(removal, "operator-2", "approver");

        assertThat(info.version()).isEqualTo(3);
        assertThat(policies.versions.get(3L)).isEqualTo(removal.applyTo(policies.versions.get(2L), 3));
        assertThat(policies.createdBy).containsExactly("operator-1", "operator-2");
        assertThat(announced).containsExactly("v2 after 1 commit(s)", "v3 after 2 commit(s)");
    }

    @Test
    void theVersionsAreListedNewestFirst() {
        service.change(raise(LocalDate.of(2027, 1, 1)), "operator-1", "approver");

        assertThat(service.versions()).extracting(VersionInfo::version).containsExactly(2L, 1L);
        assertThat(service.versions()).isEqualTo(policies.versions());
    }

    @Test
    void aVersionIsFoundByItsNumber() {
        Policy first = service.version(1);

        assertThat(first).isEqualTo(POLICY);
        assertThatThrownBy(() -> service.version(9)).isInstanceOf(NotFoundException.class)
                .hasMessage("no policy version 9");
    }
}
