package io.zhucan.rehabilitation.child.application;

import io.zhucan.platform.events.InvalidEventException;
import io.zhucan.platform.events.partner.SuspectedDisabilityReported;
import io.zhucan.platform.events.vocabulary.ResidentIdNumbers;
import io.zhucan.platform.security.CurrentUser;
import io.zhucan.platform.security.audit.PersonAccess;
import io.zhucan.rehabilitation.child.Child;
import io.zhucan.rehabilitation.child.ChildBasis;
import io.zhucan.rehabilitation.child.ChildPolicy;
import io.zhucan.rehabilitation.child.ChildRegistry;
import io.zhucan.rehabilitation.person.PersonProfile;
import io.zhucan.rehabilitation.person.PersonProfiles;
import io.zhucan.rehabilitation.shared.IdNumberHash;
import io.zhucan.platform.domain.NotFoundException;
import io.zhucan.platform.domain.RuleViolationException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is a child of child rehabilitation, without application: a certificate holder below the age
 * limit of their region, or a suspected case screened by health insurance or a hospital before any
 * certificate. The two are one child when the certificate follows the screening.
 */
@Service
public class ChildIntake {

    private static final Logger log = LoggerFactory.getLogger(ChildIntake.class);

    private final ChildRegistry registry;
    private final ChildPolicy policy;
    private final PersonProfiles profiles;
    private final IdNumberHash idNumbers;
    private final PersonAccess access;
    private final Clock clock;

    public ChildIntake(ChildRegistry registry, ChildPolicy policy, PersonProfiles profiles, IdNumberHash idNumbers,
            PersonAccess access, Clock clock) {
        this.registry = registry;
        this.policy = policy;
        this.profiles = profiles;
        this.idNumbers = idNumbers;
        this.access = access;
        this.clock = clock;
    }

    /** Health's screening (in the inbox's transaction); a child past the age limit is not registered. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void suspectedDisabilityReported(SuspectedDisabilityReported fact) {
        // permanent faults are parked at once (never retried); the reasons name no personal data
        if (ResidentIdNumbers.problemWith(fact.idNumber(), LocalDate.now(clock)).isPresent()) {
            throw new InvalidEventException("screening " + fact.factId() + " carries an invalid ID number");
        }
        if (!fact.county().startsWith("33")) {
            throw new InvalidEventException("screening " + fact.factId() + " names a county outside the province");
        }
        LocalDate birth = ResidentIdNumbers.birthDateOf(fact.idNumber());
        if (!policy.ageLimit(fact.county(), fact.screenedOn()).covers(birth, fact.screenedOn())) {
            log.info("screening {} concerns a person past the child age limit: not registered", fact.factId());
            return;
        }
        registry.register(new Child(UUID.randomUUID(), idNumbers.of(fact.idNumber()), null, birth, fact.county(),
                ChildBasis.SUSPECTED, LocalDate.now(clock)));
    }

    /**
     * A certificate issued to a child (in the inbox's transaction, after the profile was kept): the
     * child is registered without application when within the age limit of their county.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void certificateIssued(UUID personId) {
        LocalDate today = LocalDate.now(clock);
        profiles.byId(personId)
                .filter(h -> h.birthDate() != null && policy.ageLimit(h.county(), today).covers(h.birthDate(), today))
                .ifPresent(holder -> {
                    try {
                        registerHolder(holder, today);
                    } catch (RuleViolationException e) {
                        // checked before any write: the need still opens; staff resolve the record by hand
                        log.warn("certificate of person {}: child record not registered: {}", personId, e.getMessage());
                    }
                });
    }

    /** The child record of a certificate holder, linked to an earlier screening if there was one. */
    @Transactional
    public Child ofCertificateHolder(CurrentUser user, UUID personId) {
        PersonProfile holder = profiles.byId(personId).filter(PersonProfile::certified)
                .orElseThrow(() -> new NotFoundException("no certificate holder " + personId));
        access.act(user, personId, holder.county(), "child:register");
        if (holder.birthDate() == null) {
            throw new RuleViolationException("birth-date", "the certificate carries no birth date");
        }
        LocalDate today = LocalDate.now(clock);
        if (!policy.ageLimit(holder.county(), today).covers(holder.birthDate(), today)) {
            throw new RuleViolationException("child-age", "the holder is past the child age limit of their county");
        }
        return registerHolder(holder, today);
    }

    private Child registerHolder(PersonProfile holder, LocalDate today) {
        UUID personId = holder.personId();
        var existing = registry.childOfPerson(personId);
        if (existing.isPresent()) {
            return existing.get();
        }
        String hash = profiles.idNumberHash(personId).orElseGet(() -> "person:" + personId);
        var screened = registry.childByHash(hash);
        if (screened.isPresent() && screened.get().personId() != null) {
            throw new RuleViolationException("id-number", "the certificate's ID number belongs to another child record");
        }
        if (screened.isPresent()) {
            Child linked = screened.get().certified(personId, holder.county());
            registry.update(linked);
            return linked;
        }
        return registry.register(new Child(UUID.randomUUID(), hash, personId, holder.birthDate(), holder.county(),
                ChildBasis.CERTIFICATE, today));
    }
}
