package io.zhucan.subsidy.entitlement.application;

import static io.zhucan.subsidy.fakes.PeopleAndPolicy.CLOCK;
import static io.zhucan.subsidy.fakes.PeopleAndPolicy.POLICY;
import static io.zhucan.subsidy.fakes.PeopleAndPolicy.citizen;
import static io.zhucan.subsidy.fakes.PeopleAndPolicy.holder;
import static io.zhucan.subsidy.fakes.PeopleAndPolicy.staff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zhucan.platform.events.vocabulary.Allowance;
import io.zhucan.platform.events.vocabulary.DisabilityCategory;
import io.zhucan.platform.events.vocabulary.DisabilityGrade;
import io.zhucan.platform.security.CurrentUser;
import io.zhucan.subsidy.casework.ExceptionKind;
import io.zhucan.subsidy.entitlement.Entitlement;
import io.zhucan.subsidy.entitlement.EntitlementStatus;
import io.zhucan.subsidy.entitlement.OverrideAudit;
import io.zhucan.subsidy.entitlement.Overrides.Action;
import io.zhucan.subsidy.facts.PersonFacts;
import io.zhucan.subsidy.fakes.PeopleAndPolicy;
import io.zhucan.subsidy.fakes.AuditedAccess;
import io.zhucan.subsidy.fakes.InMemoryEntitlements;
import io.zhucan.subsidy.fakes.InMemoryExceptionCases;
import io.zhucan.subsidy.fakes.InMemoryPersonFacts;
import io.zhucan.subsidy.fakes.InMemoryPolicies;
import io.zhucan.subsidy.fakes.InMemoryStandards;
import io.zhucan.subsidy.fakes.PublishedEvents;
import io.zhucan.subsidy.fakes.RecordedNotices;
import io.zhucan.subsidy.notification.NoticeKind;
import io.zhucan.subsidy.standard.DibaoStandard;
import io.zhucan.subsidy.standard.LivingShare;
import io.zhucan.platform.domain.NotFoundException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import io.zhucan.platform.domain.FourEyesViolationException;
import io.zhucan.subsidy.approval.Approval;
import io.zhucan.subsidy.approval.application.ApprovalHandler;
import io.zhucan.subsidy.approval.application.ApprovalService;
import io.zhucan.subsidy.fakes.InMemoryApprovals;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

/** The citizen's decline and the reviewer's override: access inside the command, effects of the automatic path. */
class EntitlementServiceTest {

    static final YearMonth DECEMBER = YearMonth.of(2026, 12);

    final InMemoryEntitlements entitlements = new InMemoryEntitlements();
    final InMemoryPersonFacts facts = new InMemoryPersonFacts();
    final InMemoryExceptionCases exceptions = new InMemoryExceptionCases();
    final PublishedEvents events = new PublishedEvents();
    final RecordedNotices notices = new RecordedNotices();
    final List<String> claims = new ArrayList<>();
    final List<String> audit = new ArrayList<>();
    final OverrideAudit overrideAudit = (person, allowance, action, reason, actor, region, amount, approver) ->
            audit.add(actor + "@" + region + ":" + allowance + ":" + action + ":" + reason + ":" + amount
                    + (approver == null ? "" : ", approved by " + approver));
    final AuditedAccess access = new AuditedAccess();
    final InMemoryStandards standards = new InMemoryStandards();
    final InMemoryApprovals approvalRequests = new InMemoryApprovals();
    final List<ApprovalHandler> handlers = new ArrayList<>();
    final ApprovalService approvals = new ApprovalService(approvalRequests, handlers, CLOCK);
    final EntitlementService service = new EntitlementService(entitlements, facts, new InMemoryPolicies(POLICY),
            new Transitions(entitlements, events, notices, (e, r) -> claims.add(e.status() + ": " + r),
                    PeopleAndPolicy::certificateNumber, CLOCK),
            overrideAudit, exceptions, access.holders, approvals, standards, CLOCK);

    {
        handlers.add(new ManualGrants(service));
    }

    final CurrentUser reviewer = staff("qian.reviewer", "330102", "reviewer");
    PersonFacts person;

    @BeforeEach
    void aHolder() {
        person = holder("330102", DisabilityCategory.PHYSICAL, DisabilityGrade.GRADE_2, LocalDate.of(2026, 3, 1));
        facts.save(person);
    }

    private Entitlement granted(Allowance allowance) {
        return entitlements.given(Entitlement.grant(person.personId(), person.idNumber(), allowance, "330102",
                YearMonth.of(2026, 4), 30000));
    }

    private Entitlement applied(CurrentUser user, UUID personId, Allowance allowance, Action action, String reason,
            Long amountFen) {
        return ((OverrideOutcome.Applied) service.override(user, personId, allowance, action, reason, amountFen))
                .entitlement();
    }

    @Test
    void aGrantAboveThePolicyAmountWaitsForASecondReviewerOfTheRegion() {
        OverrideOutcome outcome = service.override(reviewer, person.personId(), Allowance.NURSING, Action.GRANT,
                "重度护理需求, 区县补助", 30001L);

        Approval request = ((OverrideOutcome.AwaitingApproval) outcome).approval();
        assertThat(request.summary()).isEqualTo("grant NURSING at 300.01 元/month, above the policy amount, to person "
                + person.personId());
        assertThat(request.region()).isEqualTo("330102");
        assertThat(entitlements.byId).isEmpty();
        assertThat(events.all).isEmpty();
        assertThat(audit).isEmpty();
        assertThat(approvals.pendingFor(staff("wu.reviewer", "330106", "reviewer"))).isEmpty();
        assertThatThrownBy(() -> approvals.approve(request.id(), reviewer)).isInstanceOf(FourEyesViolationException.class);

        CurrentUser second = staff("zhou.reviewer", "330100", "reviewer");
        assertThat(approvals.pendingFor(second)).containsExactly(request);
        Approval approved = approvals.approve(request.id(), second);

        Entitlement nursing = entitlements.byId.values().iterator().next();
        assertThat(approved.outcome()).isEqualTo("entitlement " + nursing.id() + " granted");
        assertThat(nursing).extracting(Entitlement::status, Entitlement::latestAmountFen, Entitlement::manualOverride)
                .containsExactly(EntitlementStatus.GRANTED, 30001L, true);
        assertThat(events.types()).containsExactly("EntitlementGranted", "AllowanceChanged");
        assertThat(audit).containsExactly("qian.reviewer@330102:NURSING:GRANT:重度护理需求, 区县补助:30001, approved by zhou.reviewer");
    }

    @Test
    void aGrantAtOrBelowThePolicyAmountNeedsNoSecondReviewer() {
        assertThat(service.override(reviewer, person.personId(), Allowance.NURSING, Action.GRANT, "核实", 30000L))
                .isInstanceOf(OverrideOutcome.Applied.class);
        assertThat(approvalRequests.requests).isEmpty();
    }

    @Test
    void theCitizenDeclinesTheirOwnAllowance() {
        Entitlement nursing = granted(Allowance.NURSING);

        Entitlement declined = service.decline(citizen(person.personId()), nursing.id());

        assertThat(declined.status()).isEqualTo(EntitlementStatus.DECLINED);
        assertThat(declined.endMonth()).isEqualTo(YearMonth.of(2026, 11));
        assertThat(entitlements.byId.get(nursing.id()).status()).isEqualTo(EntitlementStatus.DECLINED);
        assertThat(events.types()).containsExactly("EntitlementDeclined", "AllowanceChanged");
        assertThat(notices.kinds()).containsExactly(NoticeKind.DECLINED);
        assertThat(claims).hasSize(1);
    }

    @Test
    void staffOfThePersonsCountyRecordTheCitizensSignedDeclaration() {
        Entitlement nursing = granted(Allowance.NURSING);

        Entitlement declined = service.declineOnBehalf(staff("zhou.caseworker", "330102", "caseworker"),
                person.personId(), Allowance.NURSING, "SM-2026-0042");

        assertThat(declined.status()).isEqualTo(EntitlementStatus.DECLINED);
        assertThat(declined.endMonth()).isEqualTo(YearMonth.of(2026, 11));
        assertThat(declined.statusReason()).contains("SM-2026-0042", "zhou.caseworker");
        assertThat(events.types()).containsExactly("EntitlementDeclined", "AllowanceChanged");
        assertThat(notices.kinds()).as("the citizen is told").containsExactly(NoticeKind.DECLINED);
    }

    @Test
    void staffOfAnotherCountyRecordNoDeclaration() {
        Entitlement nursing = granted(Allowance.NURSING);

        assertThatThrownBy(() -> service.declineOnBehalf(staff("wu.caseworker", "330106", "caseworker"),
                person.personId(), Allowance.NURSING, "SM-1")).isInstanceOf(AccessDeniedException.class);
        assertThat(access.trail).singleElement().asString().startsWith("DENIED");
        assertThat(entitlements.byId.get(nursing.id()).status()).isEqualTo(EntitlementStatus.GRANTED);
        assertThat(events.all).isEmpty();
        assertThatThrownBy(() -> service.declineOnBehalf(staff("zhou.caseworker", "330102", "caseworker"),
                person.personId(), Allowance.LIVING, "SM-1")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void nobodyElseDeclinesIt() {
        Entitlement nursing = granted(Allowance.NURSING);
        assertThatThrownBy(() -> service.decline(citizen(UUID.randomUUID()), nursing.id()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(access.trail).singleElement().asString().startsWith("DENIED");
        assertThat(entitlements.byId.get(nursing.id()).status()).isEqualTo(EntitlementStatus.GRANTED);
        assertThat(events.all).isEmpty();
        assertThatThrownBy(() -> service.decline(citizen(person.personId()), UUID.randomUUID()))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aReviewerSuspendsWithTheEffectsOfAnAutomaticSuspension() {
        Entitlement living = granted(Allowance.LIVING);

        Entitlement suspended = applied(reviewer, person.personId(), Allowance.LIVING, Action.SUSPEND, "核查",
                null);

        assertThat(suspended).extracting(Entitlement::status, Entitlement::pausedFrom, Entitlement::manualOverride)
                .containsExactly(EntitlementStatus.SUSPENDED, DECEMBER, true);
        assertThat(entitlements.byId.get(living.id())).isEqualTo(suspended);
        assertThat(events.types()).containsExactly("EntitlementSuspended", "AllowanceChanged");
        assertThat(notices.kinds()).containsExactly(NoticeKind.SUSPENDED);
        assertThat(claims).containsExactly("SUSPENDED: 暂停后已发放 (instructed after suspension): manual override: 核查");
        assertThat(audit).containsExactly("qian.reviewer@330102:LIVING:SUSPEND:核查:null");
    }

    @Test
    void aGrantByHandTakesThePolicyAmountUnlessGivenAndResolvesTheException() {
        exceptions.open(person.personId(), Allowance.NURSING, ExceptionKind.UNDECIDABLE, "330102", "missing facts");
        exceptions.open(person.personId(), Allowance.NURSING, ExceptionKind.PAYMENT_FAILED, "330102", "failed");

        Entitlement nursing = applied(reviewer, person.personId(), Allowance.NURSING, Action.GRANT, "上门核实",
                null);

        assertThat(nursing).extracting(Entitlement::status, Entitlement::latestAmountFen, Entitlement::startMonth,
                Entitlement::manualOverride).containsExactly(EntitlementStatus.GRANTED, 30000L, DECEMBER, true);
        assertThat(entitlements.byId).containsKey(nursing.id());
        assertThat(entitlements.scheduleReasons).containsEntry(nursing.id() + "@" + DECEMBER, "granted/v1");
        assertThat(notices.kinds()).containsExactly(NoticeKind.GRANTED);
        assertThat(exceptions.open).singleElement().extracting(c -> c.kind()).isEqualTo(ExceptionKind.PAYMENT_FAILED);
        assertThat(exceptions.resolutions).containsExactly("qian.reviewer: GRANT: 上门核实");

        Entitlement living = applied(reviewer, person.personId(), Allowance.LIVING, Action.GRANT, "核实",
                25000L);
        assertThat(living.latestAmountFen()).isEqualTo(25000L);
        assertThat(audit).last().asString().endsWith(":25000");
    }

    @Test
    void aLivingAllowanceGrantedByHandFollowsTheCountysLowIncomeStandard() {
        standards.standards.add(new DibaoStandard("330102", YearMonth.of(2015, 1), 150_000, "test"));
        standards.shares.add(new LivingShare("330000", null, 3_000, YearMonth.of(2015, 1)));

        Entitlement living = applied(reviewer, person.personId(), Allowance.LIVING, Action.GRANT, "核实", null);

        assertThat(living.latestAmountFen()).as("30 % of 1,500.00").isEqualTo(45000L);
    }

    @Test
    void aReviewerOfAnotherCountyMayNotOverride() {
        granted(Allowance.LIVING);
        assertThatThrownBy(() -> applied(staff("wu.reviewer", "330106", "reviewer"), person.personId(),
                Allowance.LIVING, Action.TERMINATE, "x", null)).isInstanceOf(AccessDeniedException.class);
        assertThat(events.all).isEmpty();
        assertThat(audit).isEmpty();
    }

    @Test
    void onlyCertificateHoldersCanBeOverridden() {
        assertThatThrownBy(() -> applied(reviewer, UUID.randomUUID(), Allowance.LIVING, Action.GRANT, "x", 1L))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aTerminationByHandEndsWithTheCurrentMonth() {
        granted(Allowance.LIVING);
        Entitlement terminated = applied(reviewer, person.personId(), Allowance.LIVING, Action.TERMINATE,
                "迁出", null);
        assertThat(terminated.endMonth()).isEqualTo(YearMonth.of(2026, 11));
        assertThat(claims).containsExactly("TERMINATED: manual: 迁出");
    }
}
