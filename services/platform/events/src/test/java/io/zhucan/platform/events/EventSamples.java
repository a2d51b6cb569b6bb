package io.zhucan.platform.events;

import io.zhucan.platform.events.certification.ApplicationChannel;
import io.zhucan.platform.events.certification.CancellationReason;
import io.zhucan.platform.events.certification.CertificateApplied;
import io.zhucan.platform.events.certification.CertificateAssessed;
import io.zhucan.platform.events.certification.CertificateCancelled;
import io.zhucan.platform.events.certification.CertificateExpired;
import io.zhucan.platform.events.certification.CertificateIssued;
import io.zhucan.platform.events.certification.CertificateRegraded;
import io.zhucan.platform.events.certification.CertificateReinstated;
import io.zhucan.platform.events.certification.CertificateReissued;
import io.zhucan.platform.events.certification.CertificateRejected;
import io.zhucan.platform.events.certification.CertificateRenewed;
import io.zhucan.platform.events.certification.CertificateSuspended;
import io.zhucan.platform.events.certification.CertificateTransferred;
import io.zhucan.platform.events.certification.Disability;
import io.zhucan.platform.events.employment.ConsentChanged;
import io.zhucan.platform.events.employment.ConsentScope;
import io.zhucan.platform.events.employment.MatchProposed;
import io.zhucan.platform.events.employment.QuotaAssessed;
import io.zhucan.platform.events.employment.SeekerPlaced;
import io.zhucan.platform.events.employment.SeekerRegistered;
import io.zhucan.platform.events.employment.WorkForm;
import io.zhucan.platform.events.partner.CareBenefitEnded;
import io.zhucan.platform.events.partner.CareBenefitStarted;
import io.zhucan.platform.events.partner.DeathRegistered;
import io.zhucan.platform.events.partner.IncomeReported;
import io.zhucan.platform.events.partner.InstitutionalCareChanged;
import io.zhucan.platform.events.partner.LowIncomeStatusChanged;
import io.zhucan.platform.events.partner.OrphanAllowanceChanged;
import io.zhucan.platform.events.partner.PaymentSettlementReported;
import io.zhucan.platform.events.partner.SettlementStatus;
import io.zhucan.platform.events.partner.SuspectedDisabilityReported;
import io.zhucan.platform.events.rehabilitation.DeviceFitted;
import io.zhucan.platform.events.rehabilitation.ModificationAccepted;
import io.zhucan.platform.events.rehabilitation.NeedClosed;
import io.zhucan.platform.events.rehabilitation.NeedOpened;
import io.zhucan.platform.events.rehabilitation.NeedOutcome;
import io.zhucan.platform.events.rehabilitation.NeedTrigger;
import io.zhucan.platform.events.rehabilitation.PlanSet;
import io.zhucan.platform.events.rehabilitation.RehabService;
import io.zhucan.platform.events.rehabilitation.ReminderKind;
import io.zhucan.platform.events.rehabilitation.RentalReminderDue;
import io.zhucan.platform.events.rehabilitation.ServiceDelivered;
import io.zhucan.platform.events.subsidy.AllowanceChanged;
import io.zhucan.platform.events.subsidy.AllowanceStatus;
import io.zhucan.platform.events.subsidy.EligibilityDecided;
import io.zhucan.platform.events.subsidy.EligibilityOutcome;
import io.zhucan.platform.events.subsidy.EntitlementAmountChanged;
import io.zhucan.platform.events.subsidy.EntitlementDeclined;
import io.zhucan.platform.events.subsidy.EntitlementGranted;
import io.zhucan.platform.events.subsidy.EntitlementResumed;
import io.zhucan.platform.events.subsidy.EntitlementSuspended;
import io.zhucan.platform.events.subsidy.EntitlementTerminated;
import io.zhucan.platform.events.subsidy.OverpaymentRaised;
import io.zhucan.platform.events.subsidy.PaymentCancelled;
import io.zhucan.platform.events.subsidy.PaymentFailed;
import io.zhucan.platform.events.subsidy.PaymentInstructed;
import io.zhucan.platform.events.subsidy.PaymentSettled;
import io.zhucan.platform.events.vocabulary.Allowance;
import io.zhucan.platform.events.vocabulary.CareScheme;
import io.zhucan.platform.events.vocabulary.DisabilityCategory;
import io.zhucan.platform.events.vocabulary.DisabilityGrade;
import io.zhucan.platform.events.vocabulary.LowIncomeStatus;
import io.zhucan.platform.events.vocabulary.Sex;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

/** One realistic sample payload per event type (the ID number is a synthetic, valid one). */
final class EventSamples {

    static final String ID_NUMBER = "330102199003070027";
    static final UUID PERSON = UUID.fromString("6f1c2a9e-3b1d-4c55-9a51-1f1e2d3c4b5a");
    static final UUID APPLICATION = UUID.fromString("0b7e3f0c-8a5e-4f1f-9d5e-2a6c7b8d9e0f");
    static final UUID CERTIFICATE = UUID.fromString("a3c4d5e6-f7a8-4b9c-8d0e-1f2a3b4c5d6e");
    static final UUID NEED = UUID.fromString("d4e5f6a7-b8c9-4d0e-9f1a-2b3c4d5e6f70");
    static final UUID ENTITLEMENT = UUID.fromString("c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f");
    static final Instant AT = Instant.parse("2026-11-25T03:15:30Z");
    static final LocalDate TODAY = LocalDate.parse("2026-11-25");
    static final List<Disability> DISABILITIES = List.of(
            new Disability(DisabilityCategory.PHYSICAL, DisabilityGrade.GRADE_2),
            new Disability(DisabilityCategory.VISUAL, DisabilityGrade.GRADE_3));

    static List<IntegrationEvent> all() {
        return List.of(
                new CertificateApplied(id(), AT, PERSON, APPLICATION, "330102", "330106",
                        ApplicationChannel.ASSISTED, true, LocalDate.parse("1990-03-07"), Sex.FEMALE),
                new CertificateAssessed(id(), AT, PERSON, APPLICATION, DisabilityCategory.MULTIPLE,
                        DisabilityGrade.GRADE_2, DISABILITIES, "浙江省人民医院", TODAY),
                new CertificateRejected(id(), AT, PERSON, APPLICATION, "330102", "评定结果未达到残疾标准"),
                new CertificateIssued(id(), AT, PERSON, CERTIFICATE, APPLICATION, ID_NUMBER + "72",
                        DisabilityCategory.MULTIPLE, DisabilityGrade.GRADE_2, DISABILITIES, "330102",
                        LocalDate.parse("1990-03-07"), Sex.FEMALE, TODAY, TODAY.plusYears(10), null, "330102001"),
                new CertificateRenewed(id(), AT, PERSON, CERTIFICATE, "330102", TODAY, TODAY.plusYears(10)),
                new CertificateRegraded(id(), AT, PERSON, CERTIFICATE, ID_NUMBER + "71",
                        DisabilityCategory.MULTIPLE, DisabilityGrade.GRADE_2, DisabilityCategory.MULTIPLE,
                        DisabilityGrade.GRADE_1, DISABILITIES, "330102", TODAY),
                new CertificateTransferred(id(), AT, PERSON, CERTIFICATE, "330102", "330482", TODAY),
                new CertificateReissued(id(), AT, PERSON, CERTIFICATE, "330102", TODAY),
                new CertificateSuspended(id(), AT, PERSON, CERTIFICATE, "330102", "核查期间暂停", TODAY),
                new CertificateReinstated(id(), AT, PERSON, CERTIFICATE, "330102", TODAY),
                new CertificateExpired(id(), AT, PERSON, CERTIFICATE, "330102", TODAY),
                new CertificateCancelled(id(), AT, PERSON, CERTIFICATE, "330102", CancellationReason.DEATH, TODAY),
                new EligibilityDecided(id(), AT, PERSON, id(), Allowance.NURSING, EligibilityOutcome.NOT_ELIGIBLE,
                        List.of("NURSING.EXCLUDE.LTC_INSURANCE"), List.of(), "330102", 3),
                new EntitlementGranted(id(), AT, PERSON, ENTITLEMENT, Allowance.LIVING, "330102", 36_000,
                        YearMonth.of(2026, 12), id()),
                new EntitlementAmountChanged(id(), AT, PERSON, ENTITLEMENT, Allowance.NURSING, "330102", 20_000,
                        30_000, YearMonth.of(2027, 1)),
                new EntitlementSuspended(id(), AT, PERSON, ENTITLEMENT, Allowance.LIVING, "330102", "低保资格终止",
                        YearMonth.of(2027, 1)),
                new EntitlementResumed(id(), AT, PERSON, ENTITLEMENT, Allowance.LIVING, "330102", "恢复低保资格",
                        YearMonth.of(2027, 3)),
                new EntitlementTerminated(id(), AT, PERSON, ENTITLEMENT, Allowance.LIVING, "330102", "死亡",
                        YearMonth.of(2026, 11)),
                new EntitlementDeclined(id(), AT, PERSON, ENTITLEMENT, Allowance.NURSING, "330102"),
                new AllowanceChanged(id(), AT, PERSON, ID_NUMBER + "72", ENTITLEMENT, Allowance.NURSING, "330102",
                        AllowanceStatus.SUSPENDED, YearMonth.of(2027, 1), null),
                new PaymentInstructed(id(), AT, PERSON, id(), ENTITLEMENT, Allowance.LIVING, YearMonth.of(2026, 12),
                        36_000, "330102", ID_NUMBER + "72", 1, false),
                new PaymentSettled(id(), AT, PERSON, id(), Allowance.LIVING, YearMonth.of(2026, 12), 36_000, TODAY),
                new PaymentFailed(id(), AT, PERSON, id(), Allowance.LIVING, YearMonth.of(2026, 12), 36_000,
                        "银行账户已注销", true),
                new PaymentCancelled(id(), AT, PERSON, id(), Allowance.LIVING, YearMonth.of(2026, 12), 36_000,
                        "死亡"),
                new OverpaymentRaised(id(), AT, PERSON, id(), ENTITLEMENT, Allowance.LIVING, "330102",
                        List.of(YearMonth.of(2026, 11), YearMonth.of(2026, 12)), 72_000, "死亡后发放"),
                new SeekerRegistered(id(), AT, PERSON, id(), "330102", List.of(WorkForm.FULL_TIME, WorkForm.HOME_BASED_ONLINE)),
                new ConsentChanged(id(), AT, PERSON, id(), "330102", true,
                        List.of(ConsentScope.MATCHING, ConsentScope.EMPLOYER_VIEW)),
                new MatchProposed(id(), AT, PERSON, id(), id(), id(), "330102", 85),
                new SeekerPlaced(id(), AT, PERSON, id(), id(), id(), id(), "330102", WorkForm.HOME_BASED_ONLINE,
                        TODAY.plusDays(7), 450_000),
                new QuotaAssessed(id(), AT, id(), "330102", 2026, 200, 30_000, 20_000, 10_000, 10_000_000, false, false),
                new LowIncomeStatusChanged("MZ-DB-2026-0001", AT, ID_NUMBER, LowIncomeStatus.DIBAO, TODAY),
                new IncomeReported("MZ-SR-2026-0001", AT, ID_NUMBER, 150_000, 90_000L, TODAY),
                new InstitutionalCareChanged("MZ-JZ-2026-0001", AT, ID_NUMBER, true, TODAY),
                new OrphanAllowanceChanged("MZ-GE-2026-0001", AT, ID_NUMBER, false, TODAY),
                new DeathRegistered("MZ-SW-2026-0001", AT, ID_NUMBER, TODAY),
                new PaymentSettlementReported("MZ-ZF-2026-0001", AT, ID_NUMBER, id(), SettlementStatus.FAILED,
                        "银行账户已注销", TODAY, 1),
                new CareBenefitStarted("YB-CH-2026-0001", AT, ID_NUMBER, CareScheme.LONG_TERM_CARE_INSURANCE, TODAY),
                new CareBenefitEnded("YB-CH-2026-0002", AT, ID_NUMBER, CareScheme.LONG_TERM_CARE_INSURANCE, TODAY),
                new NeedOpened(id(), AT, PERSON, NEED, CERTIFICATE, "330102", DisabilityCategory.PHYSICAL,
                        DisabilityGrade.GRADE_2, NeedTrigger.CERTIFICATE_ISSUED),
                new PlanSet(id(), AT, PERSON, NEED, "330102",
                        List.of(RehabService.ASSISTIVE_DEVICE, RehabService.TRAINING)),
                new ServiceDelivered(id(), AT, PERSON, NEED, "330102", RehabService.TRAINING, TODAY),
                new DeviceFitted(id(), AT, PERSON, id(), "330102", "WC-BASIC", false, 80_000, 45_000, TODAY),
                new ModificationAccepted(id(), AT, PERSON, id(), "330102", 500_000, TODAY),
                new NeedClosed(id(), AT, PERSON, NEED, "330102", NeedOutcome.SERVICES_DELIVERED),
                new RentalReminderDue(id(), AT, PERSON, id(), "330102", "WC-BASIC", ReminderKind.DUE_SOON, TODAY),
                new SuspectedDisabilityReported("YB-SC-2026-0001", AT, "33010220230115002X", "330102", TODAY));
    }

    private static UUID id() {
        return UUID.randomUUID();
    }

    private EventSamples() {
    }
}
