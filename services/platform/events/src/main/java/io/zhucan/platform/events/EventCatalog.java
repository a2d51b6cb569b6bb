package io.zhucan.platform.events;

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
import io.zhucan.platform.events.employment.ConsentChanged;
import io.zhucan.platform.events.employment.MatchProposed;
import io.zhucan.platform.events.employment.QuotaAssessed;
import io.zhucan.platform.events.employment.SeekerPlaced;
import io.zhucan.platform.events.employment.SeekerRegistered;
import io.zhucan.platform.events.partner.CareBenefitEnded;
import io.zhucan.platform.events.partner.CareBenefitStarted;
import io.zhucan.platform.events.partner.DeathRegistered;
import io.zhucan.platform.events.partner.InstitutionalCareChanged;
import io.zhucan.platform.events.partner.IncomeReported;
import io.zhucan.platform.events.partner.LowIncomeStatusChanged;
import io.zhucan.platform.events.partner.OrphanAllowanceChanged;
import io.zhucan.platform.events.partner.PaymentSettlementReported;
import io.zhucan.platform.events.partner.SuspectedDisabilityReported;
import io.zhucan.platform.events.rehabilitation.DeviceFitted;
import io.zhucan.platform.events.rehabilitation.ModificationAccepted;
import io.zhucan.platform.events.rehabilitation.NeedClosed;
import io.zhucan.platform.events.rehabilitation.NeedOpened;
import io.zhucan.platform.events.rehabilitation.PlanSet;
import io.zhucan.platform.events.rehabilitation.RentalReminderDue;
import io.zhucan.platform.events.rehabilitation.ServiceDelivered;
import io.zhucan.platform.events.subsidy.AllowanceChanged;
import io.zhucan.platform.events.subsidy.EligibilityDecided;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Every event type of the platform; the AsyncAPI document and the schema tests are built from it. */
public final class EventCatalog {

    public static final List<EventType<?>> ALL = List.of(
            CertificateApplied.TYPE,
            CertificateAssessed.TYPE,
            CertificateRejected.TYPE,
            CertificateIssued.TYPE,
            CertificateRenewed.TYPE,
            CertificateRegraded.TYPE,
            CertificateTransferred.TYPE,
            CertificateReissued.TYPE,
            CertificateSuspended.TYPE,
            CertificateReinstated.TYPE,
            CertificateExpired.TYPE,
            CertificateCancelled.TYPE,
            EligibilityDecided.TYPE,
            EntitlementGranted.TYPE,
            EntitlementAmountChanged.TYPE,
            EntitlementSuspended.TYPE,
            EntitlementResumed.TYPE,
            EntitlementTerminated.TYPE,
            EntitlementDeclined.TYPE,
            AllowanceChanged.TYPE,
            PaymentInstructed.TYPE,
            PaymentSettled.TYPE,
            PaymentFailed.TYPE,
            PaymentCancelled.TYPE,
            OverpaymentRaised.TYPE,
            SeekerRegistered.TYPE,
            ConsentChanged.TYPE,
            MatchProposed.TYPE,
            SeekerPlaced.TYPE,
            QuotaAssessed.TYPE,
            LowIncomeStatusChanged.TYPE,
            IncomeReported.TYPE,
            InstitutionalCareChanged.TYPE,
            OrphanAllowanceChanged.TYPE,
            DeathRegistered.TYPE,
            PaymentSettlementReported.TYPE,
            CareBenefitStarted.TYPE,
            CareBenefitEnded.TYPE,
            NeedOpened.TYPE,
            PlanSet.TYPE,
            ServiceDelivered.TYPE,
            DeviceFitted.TYPE,
            ModificationAccepted.TYPE,
            NeedClosed.TYPE,
            RentalReminderDue.TYPE,
            SuspectedDisabilityReported.TYPE);

    private static final Map<String, EventType<?>> BY_NAME =
            ALL.stream().collect(Collectors.toUnmodifiableMap(EventType::name, Function.identity()));

    private static final Map<Class<?>, EventType<?>> BY_PAYLOAD =
            ALL.stream().collect(Collectors.toUnmodifiableMap(EventType::payloadType, Function.identity()));

    public static Optional<EventType<?>> byName(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    @SuppressWarnings("unchecked")
    public static <T extends IntegrationEvent> EventType<T> of(Class<T> payloadType) {
        EventType<?> type = BY_PAYLOAD.get(payloadType);
        if (type == null) {
            throw new IllegalArgumentException(payloadType.getName() + " is not registered in the EventCatalog");
        }
        return (EventType<T>) type;
    }

    private EventCatalog() {
    }
}
