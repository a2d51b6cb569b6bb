package io.zhucan.subsidy.personfile.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zhucan.platform.events.subsidy.EligibilityOutcome;
import io.zhucan.platform.events.vocabulary.Allowance;
import io.zhucan.platform.events.vocabulary.DisabilityCategory;
import io.zhucan.platform.events.vocabulary.DisabilityGrade;
import io.zhucan.platform.security.CurrentUser;
import io.zhucan.platform.security.audit.PersonAccess;
import io.zhucan.subsidy.entitlement.EntitlementStatus;
import io.zhucan.subsidy.facts.PersonFacts;
import io.zhucan.subsidy.fakes.AuditedAccess;
import io.zhucan.subsidy.fakes.InMemoryPersonFacts;
import io.zhucan.subsidy.fakes.InMemorySubsidyReads;
import io.zhucan.subsidy.fakes.PeopleAndPolicy;
import io.zhucan.subsidy.personfile.application.SubsidyReads.DecisionView;
import io.zhucan.subsidy.personfile.application.SubsidyReads.EntitlementView;
import io.zhucan.subsidy.personfile.application.SubsidyReads.NotificationView;
import io.zhucan.subsidy.personfile.application.SubsidyReads.OverpaymentView;
import io.zhucan.subsidy.personfile.application.SubsidyReads.PaymentView;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

/** The citizen's own allowances: the person the token names, each read audited with the person's county. */
class MyFileQueryTest {

    static final YearMonth DEC = YearMonth.of(2026, 12);

    final InMemoryPersonFacts facts = new InMemoryPersonFacts();
    final InMemorySubsidyReads reads = new InMemorySubsidyReads();
    final AuditedAccess audited = new AuditedAccess();
    /** The counties the access checks were asked about. */
    final List<String> counties = new ArrayList<>();
    final MyFileQuery query = new MyFileQuery(facts, reads, new PersonAccess(audited.audit) {
        @Override
        public void read(CurrentUser user, UUID personId, String county, String resource) {
            counties.add(county);
            super.read(user, personId, county, resource);
        }
    });

    final PersonFacts holder = PeopleAndPolicy.holder("330106", DisabilityCategory.VISUAL, DisabilityGrade.GRADE_2,
            LocalDate.of(2026, 10, 20));
    final UUID me = holder.personId();
    final CurrentUser citizen = PeopleAndPolicy.citizen(me);
    final UUID entitlementId = UUID.randomUUID();

    MyFileQueryTest() {
        reads.entitlements.put(me, List.of(new EntitlementView(entitlementId, Allowance.NURSING,
                EntitlementStatus.ACTIVE, DEC, null, null, null, 30000, "330106", null, false)));
        reads.decisions.put(me, List.of(new DecisionView(UUID.randomUUID(), Allowance.NURSING,
                EligibilityOutcome.ELIGIBLE, List.of(), List.of(), 30000L, "330106", 1, "certificate.issued",
                Instant.EPOCH, List.of())));
        reads.payments.put(me, List.of(new PaymentView(UUID.randomUUID(), entitlementId, Allowance.NURSING, DEC,
                30000, "INSTRUCTED", 1, null, null)));
        reads.overpayments.put(me, List.of(new OverpaymentView(UUID.randomUUID(), entitlementId, Allowance.NURSING,
                List.of(DEC), 30000, "death", "OPEN", Instant.EPOCH)));
        reads.notifications.put(me, List.of(new NotificationView(UUID.randomUUID(), entitlementId, "GRANTED", "您符合",
                Instant.EPOCH)));
    }

    @Test
    void theCitizenReadsEachPartOfTheirFileAuditedWithTheirCounty() {
        facts.save(holder);

        assertThat(query.entitlements(citizen)).isEqualTo(reads.entitlements.get(me));
        assertThat(query.decisions(citizen)).isEqualTo(reads.decisions.get(me));
        assertThat(query.payments(citizen)).isEqualTo(reads.payments.get(me));
        assertThat(query.overpayments(citizen)).isEqualTo(reads.overpayments.get(me));
        assertThat(query.notifications(citizen)).isEqualTo(reads.notifications.get(me));

        assertThat(audited.trail).containsExactly("READ citizen " + me + " subsidy/entitlements",
                "READ citizen " + me + " subsidy/decisions", "READ citizen " + me + " subsidy/payments",
                "READ citizen " + me + " subsidy/overpayments", "READ citizen " + me + " subsidy/notifications");
        assertThat(counties).containsExactly("330106", "330106", "330106", "330106", "330106");
        assertThat(reads.queries).containsExactly("entitlements " + me, "decisions " + me + " 100",
                "payments " + me + " 240", "overpayments " + me, "notifications " + me + " 100");
    }

    @Test
    void aCitizenWithoutACertificateYetIsAuditedWithNoCounty() {
        assertThat(query.entitlements(citizen)).hasSize(1);

        assertThat(counties).containsExactly("000000");
        assertThat(audited.trail).containsExactly("READ citizen " + me + " subsidy/entitlements");
    }

    @Test
    void factsWithoutACertificateGiveNoCounty() {
        facts.save(new PersonFacts(holder.idNumber(), me, null, null, null, null, Map.of(), null));

        query.notifications(citizen);

        assertThat(counties).containsExactly("000000");
    }

    @Test
    void aTokenNamingNoPersonIsRefused() {
        CurrentUser staff = PeopleAndPolicy.staff("cw-xihu", "330106", "caseworker");
        CurrentUser noPerson = new CurrentUser("citizen", Set.of("citizen"), null, null, "zhucan-app");

        for (CurrentUser user : List.of(staff, noPerson)) {
            assertThatThrownBy(() -> query.entitlements(user)).isInstanceOf(AccessDeniedException.class)
                    .hasMessage("the token names no person");
            assertThatThrownBy(() -> query.payments(user)).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(audited.trail).isEmpty();
        assertThat(reads.queries).isEmpty();
    }

    @Test
    void aTokenWithAPersonButNotACitizenIsRefusedAndAudited() {
        facts.save(holder);
        CurrentUser notCitizen = new CurrentUser("app-user", Set.of("employer"), null, me, "zhucan-app");

        assertThatThrownBy(() -> query.decisions(notCitizen)).isInstanceOf(AccessDeniedException.class);

        assertThat(audited.trail).containsExactly("DENIED app-user " + me + " subsidy/decisions");
        assertThat(reads.queries).isEmpty();
    }
}
