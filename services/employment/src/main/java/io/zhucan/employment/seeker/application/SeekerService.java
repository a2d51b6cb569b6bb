package io.zhucan.employment.seeker.application;

import io.zhucan.employment.outreach.CertificateHolder;
import io.zhucan.employment.outreach.Outreaches;
import io.zhucan.employment.outreach.application.OutreachService;
import io.zhucan.employment.seeker.Consent;
import io.zhucan.employment.seeker.JobSeeker;
import io.zhucan.employment.seeker.Profile;
import io.zhucan.employment.seeker.Seekers;
import io.zhucan.employment.shared.RegionListing;
import io.zhucan.platform.domain.ConflictException;
import io.zhucan.platform.domain.NotFoundException;
import io.zhucan.platform.domain.RuleViolationException;
import io.zhucan.platform.events.certification.CertificateCancelled;
import io.zhucan.platform.events.certification.CertificateTransferred;
import io.zhucan.platform.events.employment.ConsentChanged;
import io.zhucan.platform.events.employment.ConsentScope;
import io.zhucan.platform.events.employment.SeekerRegistered;
import io.zhucan.platform.messaging.outbox.EventPublisher;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Registering seekers, their profile and their consent; each change and its event in one transaction. */
@Service
public class SeekerService {

    private final Seekers seekers;
    private final Outreaches outreaches;
    private final OutreachService outreach;
    private final EventPublisher events;
    private final Clock clock;

    public SeekerService(Seekers seekers, Outreaches outreaches, OutreachService outreach, EventPublisher events,
            Clock clock) {
        this.seekers = seekers;
        this.outreaches = outreaches;
        this.outreach = outreach;
        this.events = events;
        this.clock = clock;
    }

    /** The person (or a caseworker with them, {@code recordedAs}) gives a profile and consent. */
    @Transactional
    public JobSeeker register(UUID personId, Profile profile, Set<ConsentScope> scopes, String recordedBy,
            String recordedAs) {
        CertificateHolder holder = outreaches.holder(personId)
                .orElseThrow(() -> new NotFoundException("no certificate holder known for this person"));
        if (!outreach.isOfLabourAge(holder, LocalDate.now(clock))) {
            throw new RuleViolationException("labour-age", "the person is not of labour age");
        }
        if (!scopes.contains(ConsentScope.MATCHING)) {
            throw new RuleViolationException("consent.matching", "registration needs consent to matching");
        }
        JobSeeker seeker = new JobSeeker(UUID.randomUUID(), personId, holder.county(), holder.category(), profile,
                new Consent(scopes, clock.instant(), recordedBy), clock.instant(), null);
        if (!seekers.add(seeker)) {
            throw new ConflictException("the person is registered as a job seeker already");
        }
        seekers.recordConsent(seeker, recordedAs);
        events.publish(new SeekerRegistered(UUID.randomUUID(), clock.instant(), personId, seeker.id(), seeker.county(),
                List.copyOf(profile.workForms())));
        events.publish(consentChanged(seeker));
        return seeker;
    }

    @Transactional
    public JobSeeker changeProfile(UUID personId, Profile profile) {
        JobSeeker changed = seeker(personId).withProfile(profile);
        seekers.update(changed);
        return changed;
    }

    /** New scopes take effect at once; an empty set withdraws consent and hides the seeker. */
    @Transactional
    public JobSeeker changeConsent(UUID personId, Set<ConsentScope> scopes, String recordedBy, String recordedAs) {
        JobSeeker changed = seeker(personId).withConsent(new Consent(scopes, clock.instant(), recordedBy));
        seekers.update(changed);
        seekers.recordConsent(changed, recordedAs);
        events.publish(consentChanged(changed));
        return changed;
    }

    /** The certificate ended: the seeker file closes (in the inbox transaction of the event). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void certificateCancelled(CertificateCancelled e) {
        seekers.byPerson(e.personId()).filter(s -> s.closedReason() == null)
                .ifPresent(s -> seekers.update(s.closed("certificate cancelled: " + e.reason())));
    }

    /** The certificate was transferred: the seeker's case follows to the new county. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void certificateTransferred(CertificateTransferred e) {
        seekers.byPerson(e.personId()).ifPresent(s -> seekers.update(s.movedTo(e.toCounty())));
    }

    @Transactional(readOnly = true)
    public JobSeeker seeker(UUID personId) {
        return seekers.byPerson(personId).orElseThrow(() -> new NotFoundException("no job seeker for this person"));
    }

    @Transactional(readOnly = true)
    public List<JobSeeker> search(RegionListing region, String text) {
        return seekers.searchActive(region, text, 200);
    }

    private ConsentChanged consentChanged(JobSeeker s) {
        return new ConsentChanged(UUID.randomUUID(), clock.instant(), s.personId(), s.id(), s.county(),
                s.consent().allowsMatching(), s.consent().scopes().stream().sorted().toList());
    }
}
