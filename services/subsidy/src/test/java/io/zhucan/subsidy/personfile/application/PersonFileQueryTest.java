package io.zhucan.subsidy.personfile.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zhucan.platform.events.subsidy.EligibilityOutcome;
import io.zhucan.platform.events.vocabulary.Allowance;
import io.zhucan.platform.events.vocabulary.DisabilityCategory;
import io.zhucan.platform.events.vocabulary.DisabilityGrade;
import io.zhucan.platform.security.CurrentUser;
import io.zhucan.subsidy.entitlement.EntitlementStatus;
import io.zhucan.subsidy.facts.PersonFacts;
import io.zhucan.subsidy.fakes.AuditedAccess;
import io.zhucan.subsidy.fakes.InMemoryPersonFacts;
import io.zhucan.subsidy.fakes.InMemorySubsidyReads;
import io.zhucan.subsidy.fakes.PeopleAndPolicy;
import io.zhucan.subsidy.personfile.application.PersonFileQuery.SubsidyFile;
import io.zhucan.subsidy.personfile.application.SubsidyReads.DecisionView;
import io.zhucan.subsidy.personfile.application.SubsidyReads.EntitlementView;
import io.zhucan.subsidy.personfile.application.SubsidyReads.OverpaymentView;
import io.zhucan.subsidy.personfile.application.SubsidyReads.PaymentView;
import io.zhucan.platform.domain.NotFoundException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

/** A person's subsidy file for staff: only of the person's county (属地管理), every read and refusal audited. */
class PersonFileQueryTest {

    static final YearMonth DEC = YearMonth.of(2026, 12);

    final InMemoryPersonFacts facts = new InMemoryPersonFacts();
    final InMemorySubsidyReads reads = new InMemorySubsidyReads();
    final AuditedAccess audited = new AuditedAccess();
    final PersonFileQuery query = new PersonFileQuery(facts, reads, audited.holders);

    final PersonFacts holder = PeopleAndPolicy.holder("330102", DisabilityCategory.PHYSICAL, DisabilityGrade.GRADE_1,
            LocalDate.of(2026, 10, 20));
    final UUID personId = holder.personId();

    PersonFileQueryTest() {
        facts.save(holder);
        UUID entitlementId = UUID.randomUUID();
        reads.entitlements.put(personId, List.of(new EntitlementView(entitlementId, Allowance.NURSING,
                EntitlementStatus.ACTIVE, DEC, null, null, null, 40000, "330102", null, false)));
        reads.decisions.put(personId, List.of(new DecisionView(UUID.randomUUID(), Allowance.NURSING,
                EligibilityOutcome.ELIGIBLE, List.of(), List.of(), 40000L, "330102", 1, "certificate.issued",
                Instant.EPOCH, List.of())));
        reads.payments.put(personId, List.of(new PaymentView(UUID.randomUUID(), entitlementId, Allowance.NURSING, DEC,
                40000, "PAID", 1, null, LocalDate.of(2026, 12, 3))));
        reads.overpayments.put(personId, List.of(new OverpaymentView(UUID.randomUUID(), entitlementId,
                Allowance.NURSING, List.of(DEC), 40000, "death", "OPEN", Instant.EPOCH)));
    }

    @Test
    void staffOfThePersonsCountyReadTheWholeFileAndTheReadIsAudited() {
        CurrentUser caseworker = PeopleAndPolicy.staff("cw-xihu", "330102", "caseworker");

        SubsidyFile file = query.file(caseworker, personId);

        assertThat(file).isEqualTo(new SubsidyFile(holder, reads.entitlements.get(personId),
                reads.decisions.get(personId), reads.payments.get(personId), reads.overpayments.get(personId)));
        assertThat(audited.trail).containsExactly("READ cw-xihu " + personId + " subsidy/case");
        assertThat(reads.queries).containsExactly("entitlements " + personId, "decisions " + personId + " 50",
                "payments " + personId + " 120", "overpayments " + personId);
    }

    @Test
    void staffOfTheCityReadTheFilesOfItsCounties() {
        query.file(PeopleAndPolicy.staff("cw-hangzhou", "330100", "caseworker"), personId);

        assertThat(audited.trail).containsExactly("READ cw-hangzhou " + personId + " subsidy/case");
    }

    @Test
    void staffOfAnotherCountyAreRefusedAndTheRefusalAudited() {
        CurrentUser other = PeopleAndPolicy.staff("cw-gongshu", "330105", "caseworker");

        assertThatThrownBy(() -> query.file(other, personId)).isInstanceOf(AccessDeniedException.class);

        assertThat(audited.trail).containsExactly("DENIED cw-gongshu " + personId + " subsidy/case");
        assertThat(reads.queries).isEmpty();
    }

    @Test
    void staffWithoutARegionAreRefused() {
        assertThatThrownBy(() -> query.file(PeopleAndPolicy.staff("cw", null, "caseworker"), personId))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(audited.trail).containsExactly("DENIED cw " + personId + " subsidy/case");
    }

    @Test
    void theCitizenMayReadTheirOwnFileButNoOneElses() {
        query.file(PeopleAndPolicy.citizen(personId), personId);

        assertThatThrownBy(() -> query.file(PeopleAndPolicy.citizen(UUID.randomUUID()), personId))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(audited.trail).containsExactly("READ citizen " + personId + " subsidy/case",
                "DENIED citizen " + personId + " subsidy/case");
    }

    @Test
    void someoneWhoHoldsNoCertificateIsNotFound() {
        UUID unknown = UUID.randomUUID();
        UUID noCertificate = UUID.randomUUID();
        facts.save(new PersonFacts(PeopleAndPolicy.newIdNumber(), noCertificate, null, null, null, null, Map.of(),
                null));
        CurrentUser caseworker = PeopleAndPolicy.staff("cw-xihu", "330102", "caseworker");

        assertThatThrownBy(() -> query.file(caseworker, unknown)).isInstanceOf(NotFoundException.class)
                .hasMessage("no certificate holder " + unknown);
        assertThatThrownBy(() -> query.file(caseworker, noCertificate)).isInstanceOf(NotFoundException.class)
                .hasMessage("no certificate holder " + noCertificate);
        assertThat(audited.trail).isEmpty();
        assertThat(reads.queries).isEmpty();
    }
}
