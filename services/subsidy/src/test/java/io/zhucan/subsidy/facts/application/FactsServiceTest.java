package io.zhucan.subsidy.facts.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zhucan.platform.events.certification.CancellationReason;
import io.zhucan.platform.events.certification.CertificateCancelled;
import io.zhucan.platform.events.certification.CertificateExpired;
import io.zhucan.platform.events.certification.CertificateIssued;
import io.zhucan.platform.events.certification.CertificateRegraded;
import io.zhucan.platform.events.certification.CertificateReinstated;
import io.zhucan.platform.events.certification.CertificateRenewed;
import io.zhucan.platform.events.certification.CertificateSuspended;
import io.zhucan.platform.events.certification.CertificateTransferred;
import io.zhucan.platform.events.partner.CareBenefitEnded;
import io.zhucan.platform.events.partner.CareBenefitStarted;
import io.zhucan.platform.events.partner.DeathRegistered;
import io.zhucan.platform.events.partner.InstitutionalCareChanged;
import io.zhucan.platform.events.partner.IncomeReported;
import io.zhucan.platform.events.partner.LowIncomeStatusChanged;
import io.zhucan.platform.events.partner.OrphanAllowanceChanged;
import io.zhucan.platform.events.vocabulary.CareScheme;
import io.zhucan.platform.events.vocabulary.DisabilityCategory;
import io.zhucan.platform.events.vocabulary.DisabilityGrade;
import io.zhucan.platform.events.vocabulary.LowIncomeStatus;
import io.zhucan.platform.events.vocabulary.ResidentIdNumber;
import io.zhucan.platform.events.vocabulary.Sex;
import io.zhucan.subsidy.facts.FactChange;
import io.zhucan.subsidy.facts.FactsReaction;
import io.zhucan.subsidy.facts.PersonFacts.CareBenefit;
import io.zhucan.subsidy.facts.PersonFacts.Certificate;
import io.zhucan.subsidy.facts.PersonFacts.CertificateStatus;
import io.zhucan.subsidy.facts.PersonFacts.Dated;
import io.zhucan.subsidy.facts.PersonFacts;
import io.zhucan.subsidy.facts.PersonFacts.Income;
import io.zhucan.subsidy.fakes.InMemoryHolderPlaces;
import io.zhucan.subsidy.fakes.InMemoryPersonFacts;
import io.zhucan.subsidy.fakes.PeopleAndPolicy;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Every fact kept, and every change of a certificate holder's facts announced with its kind and date. */
class FactsServiceTest {

    static final Instant NOW = Instant.parse("2026-11-15T02:00:00Z");
    static final LocalDate ISSUED = LocalDate.of(2026, 10, 20);
    static final LocalDate DAY = LocalDate.of(2026, 11, 10);

    record Reaction(PersonFacts person, FactChange change, LocalDate effectiveOn) {
    }

    /** The store, counting saves (lockOrCreate alone keeps an empty row, as the table would until rollback). */
    static class Store extends InMemoryPersonFacts {
        final List<PersonFacts> saves = new ArrayList<>();

        @Override
        public void save(PersonFacts facts) {
            saves.add(facts);
            super.save(facts);
        }
    }

    final Store store = new Store();
    final List<Reaction> reactions = new ArrayList<>();
    final List<Reaction> others = new ArrayList<>();
    final FactsService service = new FactsService(store, new InMemoryHolderPlaces(), List.<FactsReaction>of(
            (p, c, d) -> reactions.add(new Reaction(p, c, d)), (p, c, d) -> others.add(new Reaction(p, c, d))), PeopleAndPolicy.CLOCK);

    final ResidentIdNumber idNumber = PeopleAndPolicy.newIdNumber();
    final UUID personId = UUID.randomUUID();
    final UUID certificateId = UUID.randomUUID();
    final String number = idNumber.value() + "41";

    CertificateIssued issued() {
        return new CertificateIssued(UUID.randomUUID(), NOW, personId, certificateId, UUID.randomUUID(), number,
                DisabilityCategory.PHYSICAL, DisabilityGrade.GRADE_1, List.of(), "330102", idNumber.birthDate(),
                Sex.MALE, ISSUED, ISSUED.plusYears(10));
    }

    Certificate certificate() {
        return new Certificate(certificateId, number, DisabilityCategory.PHYSICAL, DisabilityGrade.GRADE_1, ISSUED,
                "330102", CertificateStatus.VALID, ISSUED, ISSUED, ISSUED.plusYears(10), null);
    }

    /** A known holder, set up without reactions or saves. */
    PersonFacts holder() {
        service.certificateIssued(issued());
        store.saves.clear();
        reactions.clear();
        others.clear();
        return stored();
    }

    PersonFacts stored() {
        return store.byIdNumber.get(idNumber.value());
    }

    void assertReacted(PersonFacts saved, FactChange change, LocalDate on) {
        assertThat(store.saves).containsExactly(saved);
        assertThat(stored()).isEqualTo(saved);
        assertThat(reactions).containsExactly(new Reaction(saved, change, on));
        assertThat(others).containsExactly(new Reaction(saved, change, on));
    }

    void assertNothingHappened() {
        assertThat(store.saves).isEmpty();
        assertThat(reactions).isEmpty();
        assertThat(others).isEmpty();
    }

    @Test
    void anIssuedCertificateMakesAHolderWhoseFactsAreAnnounced() {
        service.certificateIssued(issued());

        assertReacted(PersonFacts.empty(idNumber).withCertificate(personId, certificate()),
                FactChange.CERTIFICATE_ISSUED, ISSUED);
    }

    @Test
    void factsThatArrivedBeforeTheCertificateAreKeptAndUsedWithIt() {
        service.lowIncomeStatusChanged(new LowIncomeStatusChanged("f1", NOW, idNumber.value(), LowIncomeStatus.DIBAO,
                DAY));
        assertThat(store.saves).hasSize(1);
        assertThat(reactions).isEmpty();
        store.saves.clear();

        service.certificateIssued(issued());

        assertReacted(PersonFacts.empty(idNumber).withLowIncome(LowIncomeStatus.DIBAO, DAY)
                .withCertificate(personId, certificate()), FactChange.CERTIFICATE_ISSUED, ISSUED);
    }

    @Test
    void aRegradeChangesNumberCategoryGradeAndCounty() {
        PersonFacts holder = holder();

        service.certificateRegraded(new CertificateRegraded(UUID.randomUUID(), NOW, personId, certificateId,
                idNumber.value() + "62", DisabilityCategory.PHYSICAL, DisabilityGrade.GRADE_1,
                DisabilityCategory.MENTAL, DisabilityGrade.GRADE_2, List.of(), "330106", DAY));

        assertReacted(holder.withCertificate(personId, certificate().regraded(idNumber.value() + "62",
                DisabilityCategory.MENTAL, DisabilityGrade.GRADE_2, "330106", DAY)),
                FactChange.CERTIFICATE_REGRADED, DAY);
    }

    @Test
    void aTransferMovesTheCertificateToTheNewCounty() {
        PersonFacts holder = holder();

        service.certificateTransferred(new CertificateTransferred(UUID.randomUUID(), NOW, personId, certificateId,
                "330102", "330106", DAY));

        assertReacted(holder.withCertificate(personId, certificate().transferred("330106")),
                FactChange.CERTIFICATE_TRANSFERRED, DAY);
        assertThat(stored().certificate().county()).isEqualTo("330106");
    }

    @Test
    void aRenewalStartsANewValidity() {
        PersonFacts holder = holder();

        service.certificateRenewed(new CertificateRenewed(UUID.randomUUID(), NOW, personId, certificateId, "330102",
                DAY, DAY.plusYears(10)));

        assertReacted(holder.withCertificate(personId, certificate().renewed(DAY, DAY.plusYears(10))),
                FactChange.CERTIFICATE_RENEWED, DAY);
    }

    @Test
    void anExpiryIsAStatusFromItsDay() {
        PersonFacts holder = holder();

        service.certificateExpired(new CertificateExpired(UUID.randomUUID(), NOW, personId, certificateId, "330102",
                DAY));

        assertReacted(holder.withCertificate(personId, certificate().withStatus(CertificateStatus.EXPIRED, DAY, null)),
                FactChange.CERTIFICATE_EXPIRED, DAY);
    }

    @Test
    void aSuspensionIsAStatusFromItsDay() {
        PersonFacts holder = holder();

        service.certificateSuspended(new CertificateSuspended(UUID.randomUUID(), NOW, personId, certificateId,
                "330102", "verification", DAY));

        assertReacted(holder.withCertificate(personId,
                certificate().withStatus(CertificateStatus.SUSPENDED, DAY, null)), FactChange.CERTIFICATE_SUSPENDED,
                DAY);
    }

    @Test
    void aReinstatementMakesTheCertificateValidAgain() {
        holder();
        service.certificateSuspended(new CertificateSuspended(UUID.randomUUID(), NOW, personId, certificateId,
                "330102", "verification", DAY));
        PersonFacts suspended = stored();
        store.saves.clear();
        reactions.clear();
        others.clear();

        service.certificateReinstated(new CertificateReinstated(UUID.randomUUID(), NOW, personId, certificateId,
                "330102", DAY.plusDays(7)));

        assertReacted(suspended.withCertificate(personId,
                certificate().withStatus(CertificateStatus.VALID, DAY.plusDays(7), null)),
                FactChange.CERTIFICATE_REINSTATED, DAY.plusDays(7));
    }

    @Test
    void aCancellationKeepsItsReason() {
        PersonFacts holder = holder();

        service.certificateCancelled(new CertificateCancelled(UUID.randomUUID(), NOW, personId, certificateId,
                "330102", CancellationReason.MOVED_OUT_OF_PROVINCE, DAY));

        assertReacted(holder.withCertificate(personId, certificate().withStatus(CertificateStatus.CANCELLED, DAY,
                CancellationReason.MOVED_OUT_OF_PROVINCE)), FactChange.CERTIFICATE_CANCELLED, DAY);
    }

    @Test
    void certificateEventsForAnUnknownPersonAreIgnored() {
        UUID unknown = UUID.randomUUID();

        service.certificateExpired(new CertificateExpired(UUID.randomUUID(), NOW, unknown, certificateId, "330102",
                DAY));
        service.certificateTransferred(new CertificateTransferred(UUID.randomUUID(), NOW, unknown, certificateId,
                "330102", "330106", DAY));

        assertNothingHappened();
        assertThat(store.byIdNumber).isEmpty();
    }

    @Test
    void certificateEventsForAPersonWithoutACertificateAreIgnored() {
        store.byIdNumber.put(idNumber.value(), new PersonFacts(idNumber, personId, null, null, null, null, Map.of(),
                null));

        service.certificateSuspended(new CertificateSuspended(UUID.randomUUID(), NOW, personId, certificateId,
                "330102", "verification", DAY));

        assertNothingHappened();
        assertThat(stored().certificate()).isNull();
    }

    @Test
    void aLowIncomeStatusIsKeptWithItsDate() {
        PersonFacts holder = holder();

        service.lowIncomeStatusChanged(new LowIncomeStatusChanged("f1", NOW, idNumber.value(),
                LowIncomeStatus.DIBAO_EDGE, DAY));

        assertReacted(holder.withLowIncome(LowIncomeStatus.DIBAO_EDGE, DAY), FactChange.LOW_INCOME, DAY);
    }

    @Test
    void anOlderLowIncomeStatusIsStaleButOneOfTheSameDayApplies() {
        holder();
        service.lowIncomeStatusChanged(new LowIncomeStatusChanged("f1", NOW, idNumber.value(), LowIncomeStatus.DIBAO,
                DAY));
        PersonFacts known = stored();
        store.saves.clear();
        reactions.clear();
        others.clear();

        service.lowIncomeStatusChanged(new LowIncomeStatusChanged("f0", NOW, idNumber.value(), LowIncomeStatus.NONE,
                DAY.minusDays(1)));
        assertNothingHappened();
        assertThat(stored()).isEqualTo(known);

        service.lowIncomeStatusChanged(new LowIncomeStatusChanged("f2", NOW, idNumber.value(), LowIncomeStatus.NONE,
                DAY));
        assertReacted(known.withLowIncome(LowIncomeStatus.NONE, DAY), FactChange.LOW_INCOME, DAY);
    }

    @Test
    void anIncomeAssessmentIsKeptWithItsDateAndAnOlderOneIsStale() {
        PersonFacts holder = holder();

        service.incomeReported(new IncomeReported("sr1", NOW, idNumber.value(), 150_000, 90_000L, DAY));
        assertReacted(holder.withIncome(new Income(150_000, 90_000L), DAY), FactChange.INCOME, DAY);
        PersonFacts known = stored();
        store.saves.clear();
        reactions.clear();
        others.clear();

        service.incomeReported(new IncomeReported("sr0", NOW, idNumber.value(), 1, null, DAY.minusDays(1)));
        assertNothingHappened();
        assertThat(stored()).isEqualTo(known);
        assertThat(stored().income().value().ownMonthlyFen()).isEqualTo(90_000L);
    }

    @Test
    void institutionalCareIsKeptWithItsDateAndOlderReportsAreStale() {
        PersonFacts holder = holder();

        service.institutionalCareChanged(new InstitutionalCareChanged("f1", NOW, idNumber.value(), true, DAY));
        assertReacted(holder.withInstitutionalCare(true, DAY), FactChange.INSTITUTIONAL_CARE, DAY);

        store.saves.clear();
        reactions.clear();
        others.clear();
        service.institutionalCareChanged(new InstitutionalCareChanged("f0", NOW, idNumber.value(), false,
                DAY.minusDays(1)));
        assertNothingHappened();
        assertThat(stored().institutionalCare()).isEqualTo(new Dated<>(true, DAY));

        service.institutionalCareChanged(new InstitutionalCareChanged("f2", NOW, idNumber.value(), false, DAY));
        assertThat(stored().institutionalCare()).isEqualTo(new Dated<>(false, DAY));
        assertThat(reactions).hasSize(1);
    }

    @Test
    void anOrphanAllowanceIsKeptWithItsDateAndOlderReportsAreStale() {
        PersonFacts holder = holder();

        service.orphanAllowanceChanged(new OrphanAllowanceChanged("f1", NOW, idNumber.value(), true, DAY));
        assertReacted(holder.withOrphanAllowance(true, DAY), FactChange.ORPHAN_ALLOWANCE, DAY);

        store.saves.clear();
        reactions.clear();
        others.clear();
        service.orphanAllowanceChanged(new OrphanAllowanceChanged("f0", NOW, idNumber.value(), false,
                DAY.minusDays(1)));
        assertNothingHappened();
        assertThat(stored().orphanAllowance()).isEqualTo(new Dated<>(true, DAY));

        service.orphanAllowanceChanged(new OrphanAllowanceChanged("f2", NOW, idNumber.value(), false, DAY));
        assertThat(stored().orphanAllowance()).isEqualTo(new Dated<>(false, DAY));
        assertThat(reactions).hasSize(1);
    }

    @Test
    void partnerFactsOfAPersonWithoutCertificateAreKeptWithoutReaction() {
        service.institutionalCareChanged(new InstitutionalCareChanged("f1", NOW, idNumber.value(), true, DAY));
        service.orphanAllowanceChanged(new OrphanAllowanceChanged("f2", NOW, idNumber.value(), true, DAY));
        service.deathRegistered(new DeathRegistered("f3", NOW, idNumber.value(), DAY));
        service.careBenefitStarted(new CareBenefitStarted("f4", NOW, idNumber.value(),
                CareScheme.WORK_INJURY_NURSING, DAY));

        assertThat(reactions).isEmpty();
        assertThat(others).isEmpty();
        assertThat(store.saves).hasSize(4);
        assertThat(stored()).isEqualTo(PersonFacts.empty(idNumber).withInstitutionalCare(true, DAY)
                .withOrphanAllowance(true, DAY).withDeath(DAY)
                .withCareBenefit(CareScheme.WORK_INJURY_NURSING, new CareBenefit(DAY, null)));
    }

    @Test
    void aDeathInTheFutureIsAPermanentFailureNamingNeitherPersonNorDate() {
        holder();
        LocalDate future = PeopleAndPolicy.TODAY.plusYears(26);

        assertThatThrownBy(() -> service.deathRegistered(new DeathRegistered("f1", NOW, idNumber.value(), future)))
                .isInstanceOf(io.zhucan.platform.events.InvalidEventException.class)
                .hasMessage("io.zhucan.partner.civil-affairs.death.registered.v1 refused: dateOfDeath is in the future");
        assertThat(reactions).isEmpty();
    }

    @Test
    void aDeathIsKeptWithItsDate() {
        PersonFacts holder = holder();

        service.deathRegistered(new DeathRegistered("f1", NOW, idNumber.value(), DAY));

        assertReacted(holder.withDeath(DAY), FactChange.DEATH, DAY);
    }

    @Test
    void aCareBenefitStartsOpenEnded() {
        PersonFacts holder = holder();

        service.careBenefitStarted(new CareBenefitStarted("f1", NOW, idNumber.value(),
                CareScheme.LONG_TERM_CARE_INSURANCE, DAY));

        assertReacted(holder.withCareBenefit(CareScheme.LONG_TERM_CARE_INSURANCE, new CareBenefit(DAY, null)),
                FactChange.CARE_BENEFIT_STARTED, DAY);
    }

    @Test
    void anEndedCareBenefitKeepsTheKnownStart() {
        PersonFacts holder = holder();
        service.careBenefitStarted(new CareBenefitStarted("f1", NOW, idNumber.value(),
                CareScheme.LONG_TERM_CARE_INSURANCE, DAY.minusMonths(3)));
        store.saves.clear();
        reactions.clear();
        others.clear();

        service.careBenefitEnded(new CareBenefitEnded("f2", NOW, idNumber.value(), CareScheme.LONG_TERM_CARE_INSURANCE,
                DAY));

        assertReacted(holder.withCareBenefit(CareScheme.LONG_TERM_CARE_INSURANCE,
                new CareBenefit(DAY.minusMonths(3), DAY)), FactChange.CARE_BENEFIT_ENDED, DAY);
    }

    @Test
    void anEndedCareBenefitWithoutAKnownStartStartsAndEndsOnItsEnd() {
        PersonFacts holder = holder();
        // a start of another scheme does not count
        service.careBenefitStarted(new CareBenefitStarted("f1", NOW, idNumber.value(),
                CareScheme.WORK_INJURY_NURSING, DAY.minusMonths(3)));
        PersonFacts withOther = stored();
        store.saves.clear();
        reactions.clear();
        others.clear();

        service.careBenefitEnded(new CareBenefitEnded("f2", NOW, idNumber.value(), CareScheme.LONG_TERM_CARE_INSURANCE,
                DAY));

        assertReacted(withOther.withCareBenefit(CareScheme.LONG_TERM_CARE_INSURANCE, new CareBenefit(DAY, DAY)),
                FactChange.CARE_BENEFIT_ENDED, DAY);
        assertThat(holder.careBenefits()).isEmpty();
    }

    @Test
    void anEndBeforeTheKnownStartStartsAndEndsOnTheEnd() {
        holder();
        service.careBenefitStarted(new CareBenefitStarted("f1", NOW, idNumber.value(),
                CareScheme.LONG_TERM_CARE_INSURANCE, DAY.plusDays(1)));
        store.saves.clear();

        service.careBenefitEnded(new CareBenefitEnded("f2", NOW, idNumber.value(), CareScheme.LONG_TERM_CARE_INSURANCE,
                DAY));

        assertThat(stored().careBenefits()).containsExactly(
                Map.entry(CareScheme.LONG_TERM_CARE_INSURANCE, new CareBenefit(DAY, DAY)));
        assertThat(store.saves).hasSize(1);
    }

    @Test
    void anEndOnTheKnownStartKeepsIt() {
        holder();
        service.careBenefitStarted(new CareBenefitStarted("f1", NOW, idNumber.value(),
                CareScheme.LONG_TERM_CARE_INSURANCE, DAY));

        service.careBenefitEnded(new CareBenefitEnded("f2", NOW, idNumber.value(), CareScheme.LONG_TERM_CARE_INSURANCE,
                DAY));

        assertThat(stored().careBenefits()).containsExactly(
                Map.entry(CareScheme.LONG_TERM_CARE_INSURANCE, new CareBenefit(DAY, DAY)));
    }
}
