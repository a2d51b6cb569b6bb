package io.zhucan.subsidy.entitlement.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.zhucan.platform.events.subsidy.AllowanceChanged;
import io.zhucan.platform.events.subsidy.AllowanceStatus;
import io.zhucan.platform.events.subsidy.EntitlementAmountChanged;
import io.zhucan.platform.events.subsidy.EntitlementDeclined;
import io.zhucan.platform.events.subsidy.EntitlementGranted;
import io.zhucan.platform.events.subsidy.EntitlementResumed;
import io.zhucan.platform.events.subsidy.EntitlementSuspended;
import io.zhucan.platform.events.subsidy.EntitlementTerminated;
import io.zhucan.platform.events.vocabulary.Allowance;
import io.zhucan.platform.events.vocabulary.ResidentIdNumber;
import io.zhucan.subsidy.entitlement.Entitlement;
import io.zhucan.subsidy.entitlement.Explanations;
import io.zhucan.subsidy.entitlement.OverpaymentClaims;
import io.zhucan.subsidy.entitlement.ScheduledAmount;
import io.zhucan.subsidy.entitlement.Transition;
import io.zhucan.subsidy.entitlement.application.Transitions.Cause;
import io.zhucan.subsidy.fakes.InMemoryEntitlements;
import io.zhucan.subsidy.fakes.PeopleAndPolicy;
import io.zhucan.subsidy.fakes.PublishedEvents;
import io.zhucan.subsidy.fakes.RecordedNotices;
import io.zhucan.subsidy.notification.NoticeKind;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Each transition's effects: stored state, the event and its fields, the notice, the overpayment claim. */
class TransitionsTest {

    static final UUID DECISION = UUID.randomUUID();
    static final Cause CAUSE = new Cause("civil-affairs.low-income", 7L, DECISION);
    static final YearMonth DECEMBER = YearMonth.of(2026, 12);

    final InMemoryEntitlements entitlements = new InMemoryEntitlements();
    final PublishedEvents events = new PublishedEvents();
    final RecordedNotices notices = new RecordedNotices();
    final List<String> claims = new ArrayList<>();
    final OverpaymentClaims overpayments = (ended, reason) -> claims.add(ended.status() + ": " + reason);
    final Transitions transitions = new Transitions(entitlements, events, notices, overpayments, PeopleAndPolicy::certificateNumber, PeopleAndPolicy.CLOCK);

    final Entitlement granted = Entitlement.grant(UUID.randomUUID(), ResidentIdNumber.of("330102199003070027"),
            Allowance.NURSING, "330102", DECEMBER, 40000);

    @Test
    void nothingHappensForNone() {
        transitions.apply(Transition.NONE, CAUSE);
        assertThat(events.all).isEmpty();
        assertThat(notices.sent).isEmpty();
        assertThat(entitlements.byId).isEmpty();
    }

    @Test
    void aNewGrantIsAddedWithItsDecisionScheduledAnnouncedAndTold() {
        transitions.apply(new Transition.Grant(granted, true), CAUSE);

        assertThat(entitlements.byId).containsEntry(granted.id(), granted);
        assertThat(entitlements.grantedBy).containsEntry(granted.id(), DECISION);
        assertThat(entitlements.schedules.get(granted.id())).containsExactlyEntriesOf(java.util.Map.of(DECEMBER, 40000L));
        assertThat(entitlements.scheduleReasons).containsEntry(granted.id() + "@" + DECEMBER, "granted/v7");
        EntitlementGranted event = events.of(EntitlementGranted.class).getFirst();
        assertThat(event).extracting(EntitlementGranted::personId, EntitlementGranted::entitlementId,
                EntitlementGranted::allowance, EntitlementGranted::county, EntitlementGranted::monthlyAmountFen,
                EntitlementGranted::startMonth, EntitlementGranted::decisionId)
                .containsExactly(granted.personId(), granted.id(), Allowance.NURSING, "330102", 40000L, DECEMBER, DECISION);
        assertThat(events.types()).containsExactly("EntitlementGranted", "AllowanceChanged");
        // civil affairs is told by certificate number, with the amount and month, and no reason
        assertThat(events.of(AllowanceChanged.class).getFirst()).extracting(AllowanceChanged::certificateNumber,
                AllowanceChanged::entitlementId, AllowanceChanged::status, AllowanceChanged::fromMonth,
                AllowanceChanged::monthlyAmountFen)
                .containsExactly("33010219900307002X21", granted.id(), AllowanceStatus.GRANTED, DECEMBER, 40000L);
        assertThat(event.eventId()).isNotNull();
        assertThat(event.occurredAt()).isEqualTo(PeopleAndPolicy.CLOCK.instant());
        assertThat(notices.sent).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NoticeKind.GRANTED);
            assertThat(n.entitlementId()).isEqualTo(granted.id());
            assertThat(n.message()).isEqualTo(Explanations.granted(granted));
        });
        assertThat(claims).isEmpty();
    }

    @Test
    void aGrantOrResumptionFromAMonthAlreadyRunOwesTheMonthsUpToTheCurrentOneAndOnlyThen() {
        transitions.apply(new Transition.Grant(granted, true), CAUSE); // from December, the next month
        assertThat(entitlements.arrears).isEmpty();

        Entitlement late = Entitlement.grant(UUID.randomUUID(), granted.idNumber(), Allowance.LIVING, "330102",
                YearMonth.of(2026, 9), 30000);
        transitions.apply(new Transition.Grant(late, true), CAUSE); // known on 15 November
        assertThat(entitlements.arrears).containsExactlyEntriesOf(java.util.Map.of(late.id(), "2026-09..2026-11"));

        Entitlement suspended = entitlements.given(late.suspend(YearMonth.of(2026, 10), "x"));
        entitlements.arrears.clear();
        transitions.apply(new Transition.Resume(suspended.resume(YearMonth.of(2026, 11), "y"), YearMonth.of(2026, 11),
                "renewed", null), CAUSE);
        assertThat(entitlements.arrears).containsExactlyEntriesOf(java.util.Map.of(late.id(), "2026-11..2026-11"));
    }

    @Test
    void aCertificateImportedFromTheLegacySystemGrantsAndTellsCivilAffairsButNotTheCitizen() {
        transitions.apply(new Transition.Grant(granted, true), new Cause("certificate.migrated", 7L, DECISION));

        assertThat(entitlements.byId).containsEntry(granted.id(), granted);
        assertThat(events.types()).containsExactly("EntitlementGranted", "AllowanceChanged");
        assertThat(notices.sent).isEmpty();

        transitions.apply(new Transition.Suspend(granted.suspend(DECEMBER, "x"), DECEMBER, "x", "why"),
                new Cause("certificate.expired", 7L, DECISION)); // later facts are told as usual
        assertThat(notices.kinds()).containsExactly(NoticeKind.SUSPENDED);
    }

    @Test
    void aGrantByHandNamesTheEntitlementAsItsDecisionAndAGrantAgainUpdates() {
        entitlements.given(granted.terminate(DECEMBER, "x"));
        Entitlement again = granted.terminate(DECEMBER, "x").regrant(DECEMBER.plusMonths(2), 45000, "330106");
        transitions.apply(new Transition.Grant(again, false), new Cause("override", 7L, null));

        assertThat(entitlements.byId.get(granted.id())).isEqualTo(again);
        assertThat(entitlements.grantedBy).doesNotContainKey(granted.id());
        assertThat(events.of(EntitlementGranted.class).getFirst().decisionId()).isEqualTo(granted.id());
        assertThat(entitlements.schedules.get(granted.id()).lastEntry().getValue()).isEqualTo(45000L);
    }

    @Test
    void anAmountChangeIsScheduledFromItsMonthAnnouncedWithBothAmountsAndTold() {
        entitlements.given(granted);
        Entitlement changed = granted.withAmount(45000, "330106");
        transitions.apply(new Transition.ChangeAmount(changed, DECEMBER.plusMonths(3), 40000), CAUSE);

        assertThat(entitlements.byId.get(granted.id()).county()).isEqualTo("330106");

        assertThat(entitlements.schedules.get(granted.id())).containsEntry(DECEMBER.plusMonths(3), 45000L)
                .containsEntry(DECEMBER, 40000L);
        assertThat(entitlements.scheduleReasons).containsEntry(granted.id() + "@" + DECEMBER.plusMonths(3),
                "civil-affairs.low-income/v7");
        assertThat(events.of(EntitlementAmountChanged.class)).singleElement()
                .extracting(EntitlementAmountChanged::previousMonthlyAmountFen, EntitlementAmountChanged::monthlyAmountFen,
                        EntitlementAmountChanged::effectiveMonth)
                .containsExactly(40000L, 45000L, DECEMBER.plusMonths(3));
        assertThat(notices.sent).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NoticeKind.AMOUNT_CHANGED);
            assertThat(n.message()).isEqualTo(Explanations.amountChanged(changed, DECEMBER.plusMonths(3)));
        });
    }

    @Test
    void aMoveIsRecordedSilently() {
        entitlements.given(granted);
        transitions.apply(new Transition.Relocate(granted.withAmount(40000, "330106")), CAUSE);
        assertThat(entitlements.byId.get(granted.id()).county()).isEqualTo("330106");
        assertThat(events.all).isEmpty();
        assertThat(notices.sent).isEmpty();
    }

    @Test
    void aResumptionWithANewAmountTellsBothInOrder() {
        Entitlement suspended = entitlements.given(granted.suspend(DECEMBER, "x"));
        Entitlement resumed = suspended.resume(DECEMBER.plusMonths(2), "y").withAmount(45000, "330102");
        transitions.apply(new Transition.Resume(resumed, DECEMBER.plusMonths(2), "eligible again", 40000L), CAUSE);

        assertThat(entitlements.byId.get(granted.id())).isEqualTo(resumed);
        assertThat(events.types()).containsExactly("EntitlementAmountChanged", "AllowanceChanged", "EntitlementResumed",
                "AllowanceChanged");
        assertThat(events.of(AllowanceChanged.class)).extracting(AllowanceChanged::status)
                .containsExactly(AllowanceStatus.AMOUNT_CHANGED, AllowanceStatus.RESUMED);
        assertThat(events.of(EntitlementResumed.class).getFirst())
                .extracting(EntitlementResumed::reason, EntitlementResumed::fromMonth, EntitlementResumed::county)
                .containsExactly("eligible again", DECEMBER.plusMonths(2), "330102");
        assertThat(notices.kinds()).containsExactly(NoticeKind.AMOUNT_CHANGED, NoticeKind.RESUMED);
        assertThat(notices.sent.get(1).message()).isEqualTo(Explanations.resumed(resumed, DECEMBER.plusMonths(2)));
    }

    @Test
    void aResumptionAtTheSameAmountChangesNoAmount() {
        Entitlement suspended = entitlements.given(granted.suspend(DECEMBER, "x"));
        transitions.apply(new Transition.Resume(suspended.resume(DECEMBER, "y"), DECEMBER, "r", null), CAUSE);
        assertThat(events.types()).containsExactly("EntitlementResumed", "AllowanceChanged");
        assertThat(entitlements.schedules.get(granted.id())).hasSize(1);
    }

    @Test
    void aSuspensionIsAnnouncedToldAndClaimsWhatWasPaidSince() {
        entitlements.given(granted);
        Entitlement suspended = granted.suspend(DECEMBER, "LIVING.LOW_INCOME");
        transitions.apply(new Transition.Suspend(suspended, DECEMBER, "LIVING.LOW_INCOME", "民政"), CAUSE);

        assertThat(entitlements.byId.get(granted.id())).isEqualTo(suspended);
        assertThat(events.of(EntitlementSuspended.class)).singleElement()
                .extracting(EntitlementSuspended::reason, EntitlementSuspended::fromMonth)
                .containsExactly("LIVING.LOW_INCOME", DECEMBER);
        assertThat(toldCivilAffairs()).containsExactly("SUSPENDED from 2026-12: null");
        assertThat(notices.sent).singleElement()
                .satisfies(n -> assertThat(n.message()).isEqualTo(Explanations.suspended(suspended, DECEMBER, "民政")));
        assertThat(claims).containsExactly("SUSPENDED: 暂停后已发放 (instructed after suspension): LIVING.LOW_INCOME");
    }

    @Test
    void aTerminationIsAnnouncedToldAndClaimsWhatWasPaidAfter() {
        entitlements.given(granted);
        Entitlement terminated = granted.terminate(DECEMBER, "死亡 (death)");
        transitions.apply(new Transition.Terminate(terminated, DECEMBER, "死亡 (death)"), CAUSE);

        assertThat(entitlements.byId.get(granted.id()).status()).isEqualTo(terminated.status());
        assertThat(events.of(EntitlementTerminated.class)).singleElement()
                .extracting(EntitlementTerminated::reason, EntitlementTerminated::lastPayableMonth)
                .containsExactly("死亡 (death)", DECEMBER);
        assertThat(toldCivilAffairs()).containsExactly("ENDED from 2027-01: null");
        assertThat(notices.sent).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NoticeKind.TERMINATED);
            assertThat(n.message()).isEqualTo(Explanations.terminated(terminated, DECEMBER, "死亡 (death)"));
        });
        assertThat(claims).containsExactly("TERMINATED: 死亡 (death)");
    }

    @Test
    void aDeclineIsAnnouncedToldAndClaimsWhatWasPaidAfter() {
        entitlements.given(granted);
        Entitlement declined = granted.decline(DECEMBER);
        transitions.apply(new Transition.Decline(declined), CAUSE);

        assertThat(entitlements.byId.get(granted.id())).isEqualTo(declined);
        assertThat(events.of(EntitlementDeclined.class)).singleElement()
                .extracting(EntitlementDeclined::entitlementId).isEqualTo(granted.id());
        assertThat(toldCivilAffairs()).containsExactly("DECLINED from " + declined.endMonth().plusMonths(1) + ": null");
        assertThat(notices.kinds()).containsExactly(NoticeKind.DECLINED);
        assertThat(notices.sent.getFirst().message()).isEqualTo(Explanations.declined(declined));
        assertThat(claims).containsExactly("DECLINED: 放弃后已发放 (instructed after the citizen declined)");
    }

    /** What civil affairs was told: status, from which month, the amount (never a reason). */
    @Test
    void aGrantAcrossAPolicyChangeSchedulesEachVersionsAmountFromItsMonthAndNamesThemToTheCitizen() {
        YearMonth july = YearMonth.of(2026, 7);
        YearMonth october = YearMonth.of(2026, 10);
        Entitlement late = Entitlement.grant(UUID.randomUUID(), granted.idNumber(), Allowance.NURSING, "330102", july,
                45000);
        var schedule = List.of(new ScheduledAmount(july, 40000, 6L), new ScheduledAmount(october, 45000, 7L));

        transitions.apply(new Transition.Grant(late, true, schedule), CAUSE);

        assertThat(entitlements.schedules.get(late.id())).containsExactlyEntriesOf(
                new java.util.TreeMap<>(java.util.Map.of(july, 40000L, october, 45000L)));
        assertThat(entitlements.scheduleReasons).containsEntry(late.id() + "@" + july, "granted/v6")
                .containsEntry(late.id() + "@" + october, "granted/v7");
        assertThat(entitlements.arrears).containsEntry(late.id(), "2026-07..2026-11");
        assertThat(events.of(EntitlementGranted.class).getFirst().monthlyAmountFen()).isEqualTo(40000L);
        assertThat(events.of(EntitlementAmountChanged.class)).singleElement().extracting(
                EntitlementAmountChanged::effectiveMonth, EntitlementAmountChanged::previousMonthlyAmountFen,
                EntitlementAmountChanged::monthlyAmountFen).containsExactly(october, 40000L, 45000L);
        assertThat(toldCivilAffairs()).containsExactly("GRANTED from 2026-07: 40000", "AMOUNT_CHANGED from 2026-10: 45000");
        assertThat(notices.sent).singleElement().satisfies(n -> assertThat(n.message())
                .contains("自2026-07起每月400.00元").contains("自2026-10起每月450.00元"));
    }

    @Test
    void aResumptionAcrossAPolicyChangeSchedulesEachVersionsAmountThenAnnouncesTheLatest() {
        YearMonth august = YearMonth.of(2026, 8);
        YearMonth october = YearMonth.of(2026, 10);
        Entitlement suspended = entitlements.given(Entitlement.grant(UUID.randomUUID(), granted.idNumber(),
                Allowance.LIVING, "330102", YearMonth.of(2026, 3), 40000).suspend(YearMonth.of(2026, 5), "x"));
        var schedule = List.of(new ScheduledAmount(august, 40000, 6L), new ScheduledAmount(october, 46000, 7L));

        transitions.apply(new Transition.Resume(suspended.resume(august, "y").withAmount(46000, "330102"), august,
                "eligible again", 40000L, schedule), CAUSE);

        assertThat(entitlements.schedules.get(suspended.id())).containsExactlyEntriesOf(new java.util.TreeMap<>(
                java.util.Map.of(YearMonth.of(2026, 3), 40000L, august, 40000L, october, 46000L)));
        assertThat(events.of(EntitlementAmountChanged.class)).singleElement().extracting(
                EntitlementAmountChanged::effectiveMonth, EntitlementAmountChanged::previousMonthlyAmountFen,
                EntitlementAmountChanged::monthlyAmountFen).containsExactly(october, 40000L, 46000L);
        assertThat(entitlements.arrears).containsEntry(suspended.id(), "2026-08..2026-11");
    }

    private java.util.List<String> toldCivilAffairs() {
        return events.of(AllowanceChanged.class).stream()
                .map(e -> e.status() + " from " + e.fromMonth() + ": " + e.monthlyAmountFen()).toList();
    }
}
