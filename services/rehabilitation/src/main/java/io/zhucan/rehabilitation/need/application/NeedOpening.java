package io.zhucan.rehabilitation.need.application;

import io.zhucan.platform.events.certification.CertificateCancelled;
import io.zhucan.platform.events.certification.CertificateIssued;
import io.zhucan.platform.events.certification.CertificateRegraded;
import io.zhucan.platform.events.certification.CertificateTransferred;
import io.zhucan.platform.events.rehabilitation.NeedOutcome;
import io.zhucan.platform.events.rehabilitation.NeedTrigger;
import io.zhucan.platform.events.vocabulary.DisabilityCategory;
import io.zhucan.platform.events.vocabulary.DisabilityGrade;
import io.zhucan.platform.events.vocabulary.ResidentIdNumbers;
import io.zhucan.platform.messaging.outbox.EventPublisher;
import io.zhucan.rehabilitation.need.Need;
import io.zhucan.rehabilitation.need.Needs;
import io.zhucan.rehabilitation.person.Disability;
import io.zhucan.rehabilitation.person.PersonProfile;
import io.zhucan.rehabilitation.person.PersonProfiles;
import io.zhucan.rehabilitation.shared.IdNumberHash;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Certification's events, applied: the profile is kept current, a need is opened for every issued
 * or regraded certificate (免申即享: nobody applies) and the open needs are closed on cancellation.
 * A certificate migrated from the legacy system opens none: its holder is not newly certified
 * (DOMAIN.md: the needs assessment is for every newly certified person), and 1.2 M needs at once
 * would bury every county's queue; the profile is kept, so a later regrade opens one as usual.
 * Runs in the inbox's transaction (MANDATORY), so the inbox row, the need and its event commit together.
 */
@Service
public class NeedOpening {

    private final Needs needs;
    private final PersonProfiles profiles;
    private final EventPublisher events;
    private final IdNumberHash idNumbers;
    private final Clock clock;

    public NeedOpening(Needs needs, PersonProfiles profiles, EventPublisher events, IdNumberHash idNumbers, Clock clock) {
        this.idNumbers = idNumbers;
        this.needs = needs;
        this.profiles = profiles;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void certificateIssued(CertificateIssued e) {
        profiles.save(new PersonProfile(e.personId(), e.certificateId(), e.householdCounty(), e.householdTownship(),
                e.category(), e.grade(),
                disabilities(e.disabilities()), e.birthDate(), true));
        profiles.linkIdNumber(e.personId(), idNumbers.of(ResidentIdNumbers.ofCertificateNumber(e.certificateNumber())));
        if (e.wasMigrated()) {
            return;
        }
        open(e.eventId(), e.personId(), e.certificateId(), NeedTrigger.CERTIFICATE_ISSUED, e.householdCounty(),
                e.category(), e.grade());
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void certificateRegraded(CertificateRegraded e) {
        PersonProfile before = profiles.byId(e.personId()).orElse(new PersonProfile(e.personId(), e.certificateId(),
                e.householdCounty(), null, e.category(), e.grade(), List.of(), null, true));
        profiles.save(before.regraded(e.category(), e.grade(), disabilities(e.disabilities()), e.householdCounty()));
        List<Need> previous = needs.openOf(e.personId());
        if (open(e.eventId(), e.personId(), e.certificateId(), NeedTrigger.CERTIFICATE_REGRADED, e.householdCounty(),
                e.category(), e.grade())) {
            // the new grade's assessment replaces the old one: one open need per person
            close(previous, NeedOutcome.SUPERSEDED_BY_REGRADE);
        }
    }

    /** The case moves with the household registration: the new county owns the profile and the open needs. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void certificateTransferred(CertificateTransferred e) {
        profiles.byId(e.personId()).ifPresent(p -> profiles.save(p.movedTo(e.toCounty())));
        needs.openOf(e.personId()).forEach(n -> needs.update(n.movedTo(e.toCounty())));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void certificateCancelled(CertificateCancelled e) {
        profiles.byId(e.personId()).ifPresent(p -> profiles.save(p.cancelled()));
        close(needs.openOf(e.personId()), NeedOutcome.CERTIFICATE_CANCELLED);
    }

    private void close(List<Need> open, NeedOutcome outcome) {
        for (Need need : open) {
            Need closed = needs.update(need.close(outcome, today()));
            events.publish(NeedEvents.closed(closed, clock.instant()));
        }
    }

    private boolean open(UUID eventId, UUID personId, UUID certificateId, NeedTrigger trigger, String county,
            DisabilityCategory category, DisabilityGrade grade) {
        Need need = Need.open(UUID.randomUUID(), personId, certificateId, eventId, trigger, county, category, grade,
                today());
        if (!needs.open(need)) {
            return false;
        }
        events.publish(NeedEvents.opened(need, clock.instant()));
        return true;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static List<Disability> disabilities(List<io.zhucan.platform.events.certification.Disability> list) {
        return list.stream().map(d -> new Disability(d.category(), d.grade())).toList();
    }
}
