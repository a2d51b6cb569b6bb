package io.zhucan.subsidy.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zhucan.platform.events.certification.CancellationReason;
import io.zhucan.platform.events.vocabulary.CareScheme;
import io.zhucan.platform.events.vocabulary.DisabilityCategory;
import io.zhucan.platform.events.vocabulary.DisabilityGrade;
import io.zhucan.platform.events.vocabulary.LowIncomeStatus;
import io.zhucan.platform.events.vocabulary.ResidentIdNumber;
import io.zhucan.subsidy.facts.PersonFacts.CareBenefit;
import io.zhucan.subsidy.facts.PersonFacts.Certificate;
import io.zhucan.subsidy.facts.PersonFacts.CertificateStatus;
import io.zhucan.subsidy.facts.PersonFacts.Dated;
import io.zhucan.subsidy.fakes.PeopleAndPolicy;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A person's facts: every change is a new value keeping the rest, care benefits by date, nothing personal printed. */
class PersonFactsTest {

    static final LocalDate ISSUED = LocalDate.of(2020, 3, 7);
    static final LocalDate DAY = LocalDate.of(2026, 11, 15);

    final ResidentIdNumber idNumber = PeopleAndPolicy.newIdNumber();
    final UUID personId = UUID.randomUUID();
    final Certificate certificate = new Certificate(UUID.randomUUID(), idNumber.value() + "41",
            DisabilityCategory.PHYSICAL, DisabilityGrade.GRADE_1, ISSUED, "330102", CertificateStatus.VALID, ISSUED,
            ISSUED, ISSUED.plusYears(10), null);

    PersonFacts everything() {
        return PersonFacts.empty(idNumber).withCertificate(personId, certificate)
                .withLowIncome(LowIncomeStatus.DIBAO, DAY.minusDays(3))
                .withInstitutionalCare(true, DAY.minusDays(2))
                .withOrphanAllowance(true, DAY.minusDays(1))
                .withCareBenefit(CareScheme.LONG_TERM_CARE_INSURANCE, new CareBenefit(DAY, null))
                .withDeath(DAY.plusDays(1));
    }

    @Test
    void emptyFactsKnowOnlyTheIdNumber() {
        PersonFacts empty = PersonFacts.empty(idNumber);

        assertThat(empty).isEqualTo(new PersonFacts(idNumber, null, null, null, null, null, Map.of(), null));
        assertThat(empty.hasCertificate()).isFalse();
    }

    @Test
    void aHolderHasBothCertificateAndPersonId() {
        assertThat(PersonFacts.empty(idNumber).withCertificate(personId, certificate).hasCertificate()).isTrue();
        assertThat(new PersonFacts(idNumber, personId, null, null, null, null, Map.of(), null).hasCertificate())
                .isFalse();
        assertThat(new PersonFacts(idNumber, null, certificate, null, null, null, Map.of(), null).hasCertificate())
                .isFalse();
    }

    @Test
    void everyChangeKeepsTheOtherFacts() {
        PersonFacts all = everything();

        assertThat(all.idNumber()).isEqualTo(idNumber);
        assertThat(all.personId()).isEqualTo(personId);
        assertThat(all.certificate()).isEqualTo(certificate);
        assertThat(all.lowIncome()).isEqualTo(new Dated<>(LowIncomeStatus.DIBAO, DAY.minusDays(3)));
        assertThat(all.institutionalCare()).isEqualTo(new Dated<>(true, DAY.minusDays(2)));
        assertThat(all.orphanAllowance()).isEqualTo(new Dated<>(true, DAY.minusDays(1)));
        assertThat(all.careBenefits()).containsExactly(
                Map.entry(CareScheme.LONG_TERM_CARE_INSURANCE, new CareBenefit(DAY, null)));
        assertThat(all.dateOfDeath()).isEqualTo(DAY.plusDays(1));

        // and each change, applied last, keeps what came before
        UUID otherPerson = UUID.randomUUID();
        Certificate moved = certificate.transferred("330106");
        assertThat(all.withCertificate(otherPerson, moved)).isEqualTo(new PersonFacts(idNumber, otherPerson, moved,
                all.lowIncome(), all.institutionalCare(), all.orphanAllowance(), all.careBenefits(), all.dateOfDeath()));
        assertThat(all.withLowIncome(LowIncomeStatus.NONE, DAY)).isEqualTo(new PersonFacts(idNumber, personId,
                certificate, new Dated<>(LowIncomeStatus.NONE, DAY), all.institutionalCare(), all.orphanAllowance(),
                all.careBenefits(), all.dateOfDeath()));
        assertThat(all.withInstitutionalCare(false, DAY)).isEqualTo(new PersonFacts(idNumber, personId, certificate,
                all.lowIncome(), new Dated<>(false, DAY), all.orphanAllowance(), all.careBenefits(),
                all.dateOfDeath()));
        assertThat(all.withOrphanAllowance(false, DAY)).isEqualTo(new PersonFacts(idNumber, personId, certificate,
                all.lowIncome(), all.institutionalCare(), new Dated<>(false, DAY), all.careBenefits(),
                all.dateOfDeath()));
        assertThat(all.withDeath(DAY)).isEqualTo(new PersonFacts(idNumber, personId, certificate, all.lowIncome(),
                all.institutionalCare(), all.orphanAllowance(), all.careBenefits(), DAY));
    }

    @Test
    void careBenefitsAreKeptPerSchemeAndTheLatestOfASchemeWins() {
        CareBenefit ltc = new CareBenefit(DAY, null);
        CareBenefit injury = new CareBenefit(DAY.minusYears(1), DAY);
        PersonFacts facts = PersonFacts.empty(idNumber).withCareBenefit(CareScheme.LONG_TERM_CARE_INSURANCE, ltc)
                .withCareBenefit(CareScheme.WORK_INJURY_NURSING, injury);

        assertThat(facts.careBenefits()).containsOnly(Map.entry(CareScheme.LONG_TERM_CARE_INSURANCE, ltc),
                Map.entry(CareScheme.WORK_INJURY_NURSING, injury));
        CareBenefit ended = new CareBenefit(DAY, DAY.plusMonths(1));
        assertThat(facts.withCareBenefit(CareScheme.LONG_TERM_CARE_INSURANCE, ended).careBenefits())
                .containsOnly(Map.entry(CareScheme.LONG_TERM_CARE_INSURANCE, ended),
                        Map.entry(CareScheme.WORK_INJURY_NURSING, injury));
        assertThat(facts.careBenefits()).containsEntry(CareScheme.LONG_TERM_CARE_INSURANCE, ltc);
    }

    @Test
    void theCareBenefitsAreACopyThatCannotChange() {
        Map<CareScheme, CareBenefit> given = new HashMap<>(Map.of(CareScheme.WORK_INJURY_NURSING,
                new CareBenefit(DAY, null)));
        PersonFacts facts = new PersonFacts(idNumber, null, null, null, null, null, given, null);
        given.clear();

        assertThat(facts.careBenefits()).hasSize(1);
        assertThatThrownBy(() -> facts.careBenefits().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThat(new PersonFacts(idNumber, null, null, null, null, null, new EnumMap<>(CareScheme.class), null)
                .careBenefits()).isEmpty();
    }

    @Test
    void aCareBenefitIsActiveFromItsStartUntilTheDayBeforeItsEnd() {
        CareBenefit open = new CareBenefit(DAY, null);
        CareBenefit closed = new CareBenefit(DAY, DAY.plusDays(10));

        assertThat(open.activeOn(DAY.minusDays(1))).isFalse();
        assertThat(open.activeOn(DAY)).isTrue();
        assertThat(open.activeOn(DAY.plusYears(5))).isTrue();
        assertThat(closed.activeOn(DAY.minusDays(1))).isFalse();
        assertThat(closed.activeOn(DAY)).isTrue();
        assertThat(closed.activeOn(DAY.plusDays(9))).isTrue();
        assertThat(closed.activeOn(DAY.plusDays(10))).isFalse();
        assertThat(closed.activeOn(DAY.plusDays(11))).isFalse();
    }

    @Test
    void aCertificatePrintsItsNumberMasked() {
        assertThat(certificate.toString()).isEqualTo("Certificate[" + certificate.certificateId() + ", "
                + idNumber.value().substring(0, 6) + "********" + idNumber.value().substring(14) + "41, PHYSICAL, "
                + "GRADE_1, 330102, VALID since 2020-03-07]");
        assertThat(everything().toString()).doesNotContain(idNumber.value());
    }

    @Test
    void aCertificateChangesStatusKeepingTheRest() {
        Certificate cancelled = certificate.withStatus(CertificateStatus.CANCELLED, DAY, CancellationReason.DEATH);

        assertThat(cancelled).isEqualTo(new Certificate(certificate.certificateId(), certificate.number(),
                DisabilityCategory.PHYSICAL, DisabilityGrade.GRADE_1, ISSUED, "330102", CertificateStatus.CANCELLED,
                DAY, ISSUED, ISSUED.plusYears(10), CancellationReason.DEATH));
    }

    @Test
    void aRegradeChangesNumberCategoryGradeCountyAndGradeDate() {
        Certificate expired = certificate.withStatus(CertificateStatus.EXPIRED, DAY.minusDays(1), null);

        Certificate regraded = expired.regraded(idNumber.value() + "62", DisabilityCategory.MENTAL,
                DisabilityGrade.GRADE_2, "330106", DAY);

        assertThat(regraded).isEqualTo(new Certificate(certificate.certificateId(), idNumber.value() + "62",
                DisabilityCategory.MENTAL, DisabilityGrade.GRADE_2, DAY, "330106", CertificateStatus.EXPIRED,
                DAY.minusDays(1), ISSUED, ISSUED.plusYears(10), null));
    }

    @Test
    void aTransferChangesTheCountyOnly() {
        Certificate suspended = certificate.withStatus(CertificateStatus.SUSPENDED, DAY, null);

        assertThat(suspended.transferred("330106")).isEqualTo(new Certificate(certificate.certificateId(),
                certificate.number(), DisabilityCategory.PHYSICAL, DisabilityGrade.GRADE_1, ISSUED, "330106",
                CertificateStatus.SUSPENDED, DAY, ISSUED, ISSUED.plusYears(10), null));
    }

    @Test
    void aRenewalMakesTheCertificateValidAgainUntilItsNewEnd() {
        Certificate expired = certificate.withStatus(CertificateStatus.EXPIRED, DAY, CancellationReason.REQUEST);

        assertThat(expired.renewed(DAY.plusDays(5), DAY.plusYears(10))).isEqualTo(new Certificate(
                certificate.certificateId(), certificate.number(), DisabilityCategory.PHYSICAL,
                DisabilityGrade.GRADE_1, ISSUED, "330102", CertificateStatus.VALID, DAY.plusDays(5), ISSUED,
                DAY.plusYears(10), null));
    }
}
