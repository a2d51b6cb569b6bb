package io.zhucan.certification.certificate.application;

import io.zhucan.certification.certificate.Assessment;
import io.zhucan.certification.certificate.Certificate;
import io.zhucan.certification.certificate.Certificates;
import io.zhucan.certification.certificate.ValidityPolicy;
import io.zhucan.certification.certificate.VerificationCodes;
import io.zhucan.certification.person.Person;
import io.zhucan.certification.person.application.PersonRegistry;
import io.zhucan.certification.region.Counties;
import io.zhucan.platform.domain.ConflictException;
import io.zhucan.platform.domain.NotFoundException;
import io.zhucan.platform.domain.RuleViolationException;
import io.zhucan.platform.events.certification.CancellationReason;
import io.zhucan.platform.messaging.outbox.EventPublisher;
import io.zhucan.platform.security.CurrentUser;
import io.zhucan.platform.security.Roles;
import io.zhucan.platform.security.audit.PersonAccess;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The life of an issued certificate. Each change is saved and its event written to the outbox in
 * one transaction; illegal changes are refused by the domain (409), changes of another region's
 * case by the region scope (403, audited). Transfers between counties: {@link TransferService}.
 */
@Service
public class CertificateService {

    private final Certificates certificates;
    private final PersonRegistry persons;
    private final ValidityPolicy validityPolicy;
    private final VerificationCodes codes;
    private final EventPublisher events;
    private final PersonAccess access;
    private final Clock clock;

    public CertificateService(Certificates certificates, PersonRegistry persons,
            ValidityPolicy validityPolicy, VerificationCodes codes, EventPublisher events, PersonAccess access,
            Clock clock) {
        this.certificates = certificates;
        this.persons = persons;
        this.validityPolicy = validityPolicy;
        this.codes = codes;
        this.events = events;
        this.access = access;
        this.clock = clock;
    }

    /** Issues the certificate of an approved application (called in the approval's transaction). */
    @Transactional(propagation = Propagation.MANDATORY)
    public Certificate issue(UUID applicationId, Person holder, Assessment assessment) {
        LocalDate today = today();
        if (certificates.currentOf(holder.id()).isPresent()) {
            throw new ConflictException("one-certificate", "the person already holds a certificate");
        }
        Certificate certificate = Certificate.issue(UUID.randomUUID(), holder.id(), holder.idNumber(), assessment,
                holder.householdCounty(), today,
                validityPolicy.forHolder(holder.householdCounty(), today, holder.idNumber().ageOn(today),
                        assessment.category()), codes.next());
        certificates.add(certificate);
        events.publish(CertificateEvents.issued(certificate, holder, applicationId, now()));
        return certificate;
    }

    /** Applies an approved reassessment (called in the approval's transaction). */
    @Transactional(propagation = Propagation.MANDATORY)
    public Certificate regrade(UUID certificateId, Assessment reassessment) {
        Certificate before = load(certificateId);
        Person holder = persons.get(before.personId());
        Certificate after = certificates.update(before.regrade(holder.idNumber(), reassessment));
        if (!after.number().equals(before.number()) || !after.disabilities().equals(before.disabilities())) {
            events.publish(CertificateEvents.regraded(before, after, today(), now()));
        }
        return after;
    }

    @Transactional
    public Certificate renew(CurrentUser user, UUID certificateId) {
        Certificate before = loadForStaff(user, certificateId, "certificate:renew");
        Person holder = persons.get(before.personId());
        LocalDate today = today();
        Certificate after = certificates.update(before.renew(today,
                validityPolicy.forHolder(before.householdCounty(), today, holder.idNumber().ageOn(today),
                        before.category())));
        events.publish(CertificateEvents.renewed(after, now()));
        return after;
    }

    @Transactional
    public Certificate reissue(CurrentUser user, UUID certificateId) {
        Certificate before = loadForStaff(user, certificateId, "certificate:reissue");
        Certificate after = certificates.update(before.reissue(codes.next()));
        events.publish(CertificateEvents.reissued(after, today(), now()));
        return after;
    }

    @Transactional
    public Certificate suspend(CurrentUser user, UUID certificateId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new RuleViolationException("suspension-reason", "a suspension states its reason");
        }
        Certificate before = loadForStaff(user, certificateId, "certificate:suspend");
        Certificate after = certificates.update(before.suspend(reason.strip()));
        events.publish(CertificateEvents.suspended(after, today(), now()));
        return after;
    }

    @Transactional
    public Certificate reinstate(CurrentUser user, UUID certificateId) {
        Certificate before = loadForStaff(user, certificateId, "certificate:reinstate");
        Certificate after = certificates.update(before.reinstate());
        events.publish(CertificateEvents.reinstated(after, today(), now()));
        return after;
    }

    /** Cancellation on request or on moving out of the province; deaths come from civil affairs. */
    @Transactional
    public Certificate cancel(CurrentUser user, UUID certificateId, CancellationReason reason, LocalDate effectiveOn) {
        if (reason == CancellationReason.DEATH) {
            throw new RuleViolationException("death-fact", "cancellation on death follows the death registered by civil affairs");
        }
        Certificate before = loadForStaff(user, certificateId, "certificate:cancel");
        Certificate after = certificates.update(before.cancel(reason, effectiveOn));
        events.publish(CertificateEvents.cancelled(after, now()));
        return after;
    }

    /** A death registered by civil affairs cancels the current certificate; a second delivery changes nothing. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void cancelOnDeath(Person deceased, LocalDate dateOfDeath) {
        certificates.currentOf(deceased.id()).ifPresent(current -> {
            Certificate after = certificates.update(current.cancel(CancellationReason.DEATH, dateOfDeath));
            events.publish(CertificateEvents.cancelled(after, now()));
        });
    }

    /** Expires one certificate whose validity ended (the daily job calls it per certificate). */
    @Transactional
    public void expire(UUID certificateId) {
        Certificate before = load(certificateId);
        LocalDate today = today();
        if (before.allows(io.zhucan.certification.certificate.CertificateAction.EXPIRE) && before.validUntil().isBefore(today)) {
            Certificate after = certificates.update(before.expire(today));
            events.publish(CertificateEvents.expired(after, now()));
        }
    }

    @Transactional(readOnly = true)
    public CertificateView view(CurrentUser user, UUID certificateId) {
        Certificate certificate = load(certificateId);
        Person holder = persons.get(certificate.personId());
        access.read(user, holder.id(), holder.placeIn(certificate.householdCounty()), "certificate");
        return new CertificateView(certificate, holder);
    }

    /** The citizen's own electronic certificate. */
    @Transactional(readOnly = true)
    public Optional<CertificateView> mine(CurrentUser user) {
        if (!user.hasRole(Roles.CITIZEN) || user.personId() == null) {
            throw new org.springframework.security.access.AccessDeniedException("a citizen account linked to a person is required");
        }
        return certificates.currentOf(user.personId()).map(c -> {
            access.read(user, c.personId(), c.householdCounty(), "certificate:mine");
            return new CertificateView(c, persons.get(c.personId()));
        });
    }

    /** Public verification: valid or not, nothing else. */
    @Transactional(readOnly = true)
    public boolean verify(String code) {
        return certificates.byVerificationCode(code).map(c -> c.verifies(today())).orElse(false);
    }

    private Certificate loadForStaff(CurrentUser user, UUID certificateId, String resource) {
        Certificate certificate = load(certificateId);
        access.act(user, certificate.personId(),
                persons.get(certificate.personId()).placeIn(certificate.householdCounty()), resource);
        return certificate;
    }

    private Certificate load(UUID certificateId) {
        return certificates.byId(certificateId).orElseThrow(() -> new NotFoundException("no certificate " + certificateId));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private Instant now() {
        return clock.instant();
    }

    /** A certificate with its holder, for the API. */
    public record CertificateView(Certificate certificate, Person holder) {
    }
}
