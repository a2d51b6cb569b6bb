package io.zhucan.certification.certificate.application;

import io.zhucan.certification.certificate.Certificate;
import io.zhucan.certification.certificate.Certificates;
import io.zhucan.certification.certificate.Transfer;
import io.zhucan.certification.certificate.Transfers;
import io.zhucan.certification.person.application.PersonRegistry;
import io.zhucan.certification.region.Counties;
import io.zhucan.platform.domain.IllegalTransitionException;
import io.zhucan.platform.domain.NotFoundException;
import io.zhucan.platform.domain.RuleViolationException;
import io.zhucan.platform.events.certification.CertificateTransferred;
import io.zhucan.platform.messaging.outbox.EventPublisher;
import io.zhucan.platform.security.CurrentUser;
import io.zhucan.platform.security.Regions;
import io.zhucan.platform.security.Roles;
import io.zhucan.platform.security.audit.PersonAccess;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A certificate moves to another county of the province (迁移) in two steps: the county it is
 * registered in (or its holder, in the app) asks, the destination county accepts. No county pulls a
 * case into itself; the certificate, the person and {@link CertificateTransferred} move on acceptance.
 */
@Service
public class TransferService {

    private final Certificates certificates;
    private final Transfers transfers;
    private final PersonRegistry persons;
    private final Counties counties;
    private final EventPublisher events;
    private final PersonAccess access;
    private final Clock clock;

    public TransferService(Certificates certificates, Transfers transfers, PersonRegistry persons, Counties counties,
            EventPublisher events, PersonAccess access, Clock clock) {
        this.certificates = certificates;
        this.transfers = transfers;
        this.persons = persons;
        this.counties = counties;
        this.events = events;
        this.access = access;
        this.clock = clock;
    }

    /** Staff of the certificate's county ask the destination to take it over (replacing a waiting request). */
    @Transactional
    public Transfer request(CurrentUser user, UUID certificateId, String toCounty) {
        Certificate certificate = load(certificateId);
        access.act(user, certificate.personId(), certificate.householdCounty(), "certificate:transfer");
        return requested(user, certificate, toCounty);
    }

    /** The holder asks for the transfer of their own certificate. */
    @Transactional
    public Transfer requestOwn(CurrentUser user, String toCounty) {
        if (!user.hasRole(Roles.CITIZEN) || user.personId() == null) {
            throw new AccessDeniedException("a citizen account linked to a person is required");
        }
        Certificate certificate = certificates.currentOf(user.personId())
                .orElseThrow(() -> new NotFoundException("you hold no certificate"));
        access.self(user, certificate.personId(), "certificate:transfer");
        return requested(user, certificate, toCounty);
    }

    /** Staff of the destination county take the certificate over; whoever asked cannot. */
    @Transactional
    public Certificate accept(CurrentUser user, UUID certificateId) {
        Certificate before = load(certificateId);
        Transfer waiting = transfers.waitingFor(certificateId)
                .orElseThrow(() -> new IllegalTransitionException("no transfer of this certificate is waiting"));
        // the answer shows the holder: a read of their file by the destination county, audited
        access.read(user, before.personId(), waiting.toCounty(), "certificate:transfer-acceptance");
        transfers.update(waiting.accept(user.username(), clock.instant()));
        Certificate after = certificates.update(before.transfer(waiting.toCounty()));
        persons.update(persons.get(before.personId()).movedTo(waiting.toCounty(), null)); // the new township: not known yet
        events.publish(CertificateEvents.transferred(before, after, LocalDate.now(clock), clock.instant()));
        return after;
    }

    /** The requests waiting for the caller's region to take certificates over (no personal data in them). */
    @Transactional(readOnly = true)
    public List<Transfer> incoming(CurrentUser user, int limit) {
        if (user.region() == null || !Regions.isValidCode(user.region())) {
            throw new AccessDeniedException("transfers are taken over by staff of a county, a city or the province");
        }
        return transfers.waitingInto(user.region(), limit);
    }

    private Transfer requested(CurrentUser user, Certificate certificate, String toCounty) {
        if (!counties.exists(toCounty)) {
            throw new RuleViolationException("county", "unknown county " + toCounty
                    + "; a move out of the province cancels the certificate");
        }
        Transfer transfer = Transfer.request(UUID.randomUUID(), certificate, toCounty, user.username(), clock.instant());
        transfers.waitingFor(certificate.id())
                .ifPresent(older -> transfers.update(older.withdraw(user.username(), clock.instant())));
        transfers.add(transfer);
        return transfer;
    }

    private Certificate load(UUID certificateId) {
        return certificates.byId(certificateId).orElseThrow(() -> new NotFoundException("no certificate " + certificateId));
    }
}
