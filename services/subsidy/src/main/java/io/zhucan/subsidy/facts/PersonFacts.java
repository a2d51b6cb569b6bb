package io.zhucan.subsidy.facts;

import io.zhucan.platform.events.certification.CancellationReason;
import io.zhucan.platform.events.vocabulary.CareScheme;
import io.zhucan.platform.events.vocabulary.DisabilityCategory;
import io.zhucan.platform.events.vocabulary.DisabilityGrade;
import io.zhucan.platform.events.vocabulary.LowIncomeStatus;
import io.zhucan.platform.events.vocabulary.ResidentIdNumber;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What the subsidy service knows about one person, kept from events: the certificate, civil
 * affairs' and health insurance's facts, death. Keyed by the resident ID number because partner
 * facts may arrive before the certificate; {@code personId} is known once the certificate is.
 * Immutable: every change returns a new value; printed, it shows no personal data in clear.
 */
public record PersonFacts(
        ResidentIdNumber idNumber,
        @Nullable UUID personId,
        @Nullable Certificate certificate,
        @Nullable Dated<LowIncomeStatus> lowIncome,
        @Nullable Dated<Boolean> institutionalCare,
        @Nullable Dated<Boolean> orphanAllowance,
        Map<CareScheme, CareBenefit> careBenefits,
        @Nullable LocalDate dateOfDeath,
        @Nullable Dated<Income> income) {

    public PersonFacts {
        careBenefits = careBenefits.isEmpty() ? Map.of() : Map.copyOf(careBenefits);
    }

    /** Facts without an income assessed by civil affairs. */
    public PersonFacts(ResidentIdNumber idNumber, @Nullable UUID personId, @Nullable Certificate certificate,
            @Nullable Dated<LowIncomeStatus> lowIncome, @Nullable Dated<Boolean> institutionalCare,
            @Nullable Dated<Boolean> orphanAllowance, Map<CareScheme, CareBenefit> careBenefits,
            @Nullable LocalDate dateOfDeath) {
        this(idNumber, personId, certificate, lowIncome, institutionalCare, orphanAllowance, careBenefits, dateOfDeath,
                null);
    }

    public static PersonFacts empty(ResidentIdNumber idNumber) {
        return new PersonFacts(idNumber, null, null, null, null, null, Map.of(), null);
    }

    public boolean hasCertificate() {
        return certificate != null && personId != null;
    }

    public PersonFacts withCertificate(UUID person, Certificate value) {
        return new PersonFacts(idNumber, person, value, lowIncome, institutionalCare, orphanAllowance, careBenefits,
                dateOfDeath, income);
    }

    public PersonFacts withLowIncome(LowIncomeStatus status, LocalDate since) {
        return new PersonFacts(idNumber, personId, certificate, new Dated<>(status, since), institutionalCare,
                orphanAllowance, careBenefits, dateOfDeath, income);
    }

    public PersonFacts withInstitutionalCare(boolean value, LocalDate since) {
        return new PersonFacts(idNumber, personId, certificate, lowIncome, new Dated<>(value, since), orphanAllowance,
                careBenefits, dateOfDeath, income);
    }

    public PersonFacts withOrphanAllowance(boolean value, LocalDate since) {
        return new PersonFacts(idNumber, personId, certificate, lowIncome, institutionalCare, new Dated<>(value, since),
                careBenefits, dateOfDeath, income);
    }

    public PersonFacts withCareBenefit(CareScheme scheme, CareBenefit benefit) {
        Map<CareScheme, CareBenefit> benefits = new EnumMap<>(CareScheme.class);
        benefits.putAll(careBenefits);
        benefits.put(scheme, benefit);
        return new PersonFacts(idNumber, personId, certificate, lowIncome, institutionalCare, orphanAllowance, benefits,
                dateOfDeath, income);
    }

    public PersonFacts withDeath(LocalDate date) {
        return new PersonFacts(idNumber, personId, certificate, lowIncome, institutionalCare, orphanAllowance,
                careBenefits, date, income);
    }

    public PersonFacts withIncome(Income value, LocalDate since) {
        return new PersonFacts(idNumber, personId, certificate, lowIncome, institutionalCare, orphanAllowance,
                careBenefits, dateOfDeath, new Dated<>(value, since));
    }

    /** Monthly incomes civil affairs assessed (fen): the household's per capita, and the person's own if known. */
    public record Income(long householdPerCapitaMonthlyFen, @Nullable Long ownMonthlyFen) {
    }

    /** A value reported by a partner and the date it applies from. */
    public record Dated<T>(T value, LocalDate since) {
    }

    /** A care benefit (e.g. long-term-care insurance): received from {@code startedOn}, until {@code endedOn}. */
    public record CareBenefit(LocalDate startedOn, @Nullable LocalDate endedOn) {

        public boolean activeOn(LocalDate day) {
            return !startedOn.isAfter(day) && (endedOn == null || endedOn.isAfter(day));
        }
    }

    /** The person's disability certificate as the certification service reported it. */
    public record Certificate(
            UUID certificateId,
            String number,
            DisabilityCategory category,
            DisabilityGrade grade,
            LocalDate gradeSince,
            String county,
            CertificateStatus status,
            LocalDate statusSince,
            LocalDate issuedOn,
            @Nullable LocalDate validUntil,
            @Nullable CancellationReason cancellationReason) {

        public Certificate withStatus(CertificateStatus newStatus, LocalDate since, @Nullable CancellationReason reason) {
            return new Certificate(certificateId, number, category, grade, gradeSince, county, newStatus, since, issuedOn,
                    validUntil, reason);
        }

        public Certificate regraded(String newNumber, DisabilityCategory newCategory, DisabilityGrade newGrade,
                String newCounty, LocalDate since) {
            return new Certificate(certificateId, newNumber, newCategory, newGrade, since, newCounty, status, statusSince,
                    issuedOn, validUntil, cancellationReason);
        }

        /** The certificate number starts with the ID number: masked like it. */
        @Override
        public String toString() {
            return "Certificate[" + certificateId + ", " + number.substring(0, 6) + "********" + number.substring(14)
                    + ", " + category + ", " + grade + ", " + county + ", " + status + " since "
                    + statusSince + "]";
        }

        public Certificate transferred(String newCounty) {
            return new Certificate(certificateId, number, category, grade, gradeSince, newCounty, status, statusSince,
                    issuedOn, validUntil, cancellationReason);
        }

        public Certificate renewed(LocalDate on, LocalDate until) {
            return new Certificate(certificateId, number, category, grade, gradeSince, county, CertificateStatus.VALID,
                    on, issuedOn, until, null);
        }
    }

    /** Where the certificate stands. */
    public enum CertificateStatus {
        VALID,
        /** validity ended, awaiting renewal: benefits are suspended */
        EXPIRED,
        /** suspended by the certification service (e.g. during a verification) */
        SUSPENDED,
        /** cancelled (death, request, moved out of province): benefits end */
        CANCELLED
    }
}
