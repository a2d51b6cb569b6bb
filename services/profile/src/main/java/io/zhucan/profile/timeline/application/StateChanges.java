package io.zhucan.profile.timeline.application;

import io.zhucan.platform.events.IntegrationEvent;
import io.zhucan.platform.events.certification.CertificateApplied;
import io.zhucan.platform.events.certification.CertificateCancelled;
import io.zhucan.platform.events.certification.CertificateExpired;
import io.zhucan.platform.events.certification.CertificateIssued;
import io.zhucan.platform.events.certification.CertificateRegraded;
import io.zhucan.platform.events.certification.CertificateReinstated;
import io.zhucan.platform.events.certification.CertificateRejected;
import io.zhucan.platform.events.certification.CertificateRenewed;
import io.zhucan.platform.events.certification.CertificateSuspended;
import io.zhucan.platform.events.certification.CertificateTransferred;
import io.zhucan.platform.events.employment.SeekerPlaced;
import io.zhucan.platform.events.partner.DeathRegistered;
import io.zhucan.platform.events.rehabilitation.DeviceFitted;
import io.zhucan.platform.events.rehabilitation.ModificationAccepted;
import io.zhucan.platform.events.rehabilitation.NeedClosed;
import io.zhucan.platform.events.rehabilitation.NeedOpened;
import io.zhucan.platform.events.rehabilitation.PlanSet;
import io.zhucan.platform.events.rehabilitation.ServiceDelivered;
import io.zhucan.platform.events.subsidy.EligibilityDecided;
import io.zhucan.platform.events.subsidy.EntitlementDeclined;
import io.zhucan.platform.events.subsidy.EntitlementGranted;
import io.zhucan.platform.events.subsidy.EntitlementResumed;
import io.zhucan.platform.events.subsidy.EntitlementSuspended;
import io.zhucan.platform.events.subsidy.EntitlementTerminated;
import io.zhucan.profile.shared.IdNumberHash;
import io.zhucan.profile.shared.ProvinceTime;
import io.zhucan.profile.timeline.ProfileModel;
import java.time.Instant;
import java.time.LocalDate;

/** What an event changes in the state the indicators and warnings count (beyond its timeline entry). */
final class StateChanges {

    private final ProfileModel model;
    private final IdNumberHash hash;

    StateChanges(ProfileModel model, IdNumberHash hash) {
        this.model = model;
        this.hash = hash;
    }

    void apply(int g, IntegrationEvent event) {
        switch (event) {
            case CertificateApplied e -> model.applied(g, e.personId(), e.householdCounty(), e.birthDate(),
                    e.sex().name(), day(e.occurredAt()));
            case CertificateIssued e -> model.certified(g, e.personId(), hash.ofCertificateNumber(e.certificateNumber()),
                    e.householdCounty(), e.householdTownship(), e.birthDate(), e.sex().name(), e.category().name(), e.grade().name(),
                    e.issuedOn(), e.validUntil());
            case CertificateRejected e -> model.certificate(g, e.personId(), "REJECTED");
            case CertificateSuspended e -> model.certificate(g, e.personId(), "SUSPENDED");
            case CertificateReinstated e -> model.certificate(g, e.personId(), "ISSUED");
            case CertificateExpired e -> model.certificate(g, e.personId(), "EXPIRED");
            case CertificateCancelled e -> model.certificate(g, e.personId(), "CANCELLED");
            case CertificateRenewed e -> model.renewed(g, e.personId(), e.validUntil());
            case CertificateRegraded e -> model.regraded(g, e.personId(), e.category().name(), e.grade().name());
            case CertificateTransferred e -> model.moved(g, e.personId(), e.toCounty());
            case DeathRegistered e -> model.died(g, hash.of(e.idNumber()), e.dateOfDeath());
            case EligibilityDecided e -> model.decided(g, e.personId(), e.allowance().name(), e.outcome().name(),
                    day(e.occurredAt()));
            // subsidy has no application channel: a grant follows the rule engine's data comparison
            // (免申即享) whenever it names the decision it came from
            case EntitlementGranted e -> model.granted(g, e.entitlementId(), e.personId(), e.allowance().name(),
                    e.county(), day(e.occurredAt()), e.decisionId() != null);
            case EntitlementSuspended e -> model.entitlement(g, e.entitlementId(), "SUSPENDED", day(e.occurredAt()));
            case EntitlementResumed e -> model.entitlement(g, e.entitlementId(), "ACTIVE", day(e.occurredAt()));
            case EntitlementTerminated e -> model.entitlement(g, e.entitlementId(), "TERMINATED", day(e.occurredAt()));
            case EntitlementDeclined e -> model.entitlement(g, e.entitlementId(), "DECLINED", day(e.occurredAt()));
            case NeedOpened e -> model.needOpened(g, e.needId(), e.personId(), e.county(), day(e.occurredAt()));
            case PlanSet e -> model.needPlanned(g, e.needId(), e.services().stream().map(Enum::name).toList());
            case ServiceDelivered e -> model.needServed(g, e.needId(), e.deliveredOn());
            case NeedClosed e -> model.needClosed(g, e.needId(), e.outcome().name(), day(e.occurredAt()));
            case DeviceFitted e -> model.rehabOutcome(g, e.personId(), "DEVICE_FITTED", e.fittedOn());
            case ModificationAccepted e -> model.rehabOutcome(g, e.personId(), "HOME_MODIFIED", e.acceptedOn());
            case SeekerPlaced e -> model.placed(g, e.personId(), e.startDate());
            default -> {
                // the timeline entry is all: payments, overpayments, consent, matches, other partner facts
            }
        }
    }

    private static LocalDate day(Instant at) {
        return ProvinceTime.day(at);
    }
}
