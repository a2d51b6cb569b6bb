package io.zhucan.subsidy.facts.application;

import io.zhucan.platform.events.EventCatalog;
import io.zhucan.platform.events.InvalidEventException;
import io.zhucan.platform.events.PartnerFact;
import io.zhucan.platform.events.certification.CertificateCancelled;
import io.zhucan.platform.events.certification.CertificateExpired;
import io.zhucan.platform.events.certification.CertificateIssued;
import io.zhucan.platform.events.certification.CertificateRegraded;
import io.zhucan.platform.events.certification.CertificateReinstated;
import io.zhucan.platform.events.certification.CertificateRenewed;
import io.zhucan.platform.events.certification.CertificateSuspended;
import io.zhucan.platform.events.certification.CertificateTransferred;
import io.zhucan.platform.events.partner.CareBenefitEnded;
import io.zhucan.platform.events.partner.CareBenefitStarted;
import io.zhucan.platform.events.partner.DeathRegistered;
import io.zhucan.platform.events.partner.InstitutionalCareChanged;
import io.zhucan.platform.events.partner.IncomeReported;
import io.zhucan.platform.events.partner.LowIncomeStatusChanged;
import io.zhucan.platform.events.partner.OrphanAllowanceChanged;
import io.zhucan.platform.events.vocabulary.ResidentIdNumber;
import io.zhucan.subsidy.facts.FactChange;
import io.zhucan.subsidy.facts.FactDates;
import io.zhucan.subsidy.facts.FactsReaction;
import io.zhucan.subsidy.facts.HolderPlaces;
import io.zhucan.subsidy.facts.PersonFacts.CareBenefit;
import io.zhucan.subsidy.facts.PersonFacts.Certificate;
import io.zhucan.subsidy.facts.PersonFacts.CertificateStatus;
import io.zhucan.subsidy.facts.PersonFacts.Dated;
import io.zhucan.subsidy.facts.PersonFacts;
import io.zhucan.subsidy.facts.PersonFacts.Income;
import io.zhucan.subsidy.facts.PersonFactsStore;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps each person's facts from certificate events and partner facts, and announces every change
 * of a certificate holder's facts to the {@link FactsReaction}s in the same transaction (the
 * consumer's inbox transaction, which the handlers join). Facts that arrive before the certificate
 * are kept by ID number and used when it arrives.
 */
@Service
public class FactsService {

    private static final Logger log = LoggerFactory.getLogger(FactsService.class);

    private final PersonFactsStore facts;
    private final HolderPlaces places;
    private final List<FactsReaction> reactions;
    private final Clock clock;

    public FactsService(PersonFactsStore facts, HolderPlaces places, List<FactsReaction> reactions, Clock clock) {
        this.clock = clock;
        this.facts = facts;
        this.places = places;
        this.reactions = reactions;
    }

    @Transactional
    public void certificateIssued(CertificateIssued e) {
        PersonFacts person = facts.lockOrCreate(ResidentIdNumber.ofCertificateNumber(e.certificateNumber()));
        Certificate certificate = new Certificate(e.certificateId(), e.certificateNumber(), e.category(), e.grade(),
                e.issuedOn(), e.householdCounty(), CertificateStatus.VALID, e.issuedOn(), e.issuedOn(), e.validUntil(),
                null);
        places.record(e.personId(), e.householdCounty(), e.householdTownship());
        update(person.withCertificate(e.personId(), certificate),
                e.wasMigrated() ? FactChange.CERTIFICATE_MIGRATED : FactChange.CERTIFICATE_ISSUED, e.issuedOn());
    }

    @Transactional
    public void certificateRegraded(CertificateRegraded e) {
        onCertificate(e.personId(), c -> c.regraded(e.certificateNumber(), e.category(), e.grade(), e.householdCounty(),
                e.effectiveOn()), FactChange.CERTIFICATE_REGRADED, e.effectiveOn());
    }

    @Transactional
    public void certificateTransferred(CertificateTransferred e) {
        places.record(e.personId(), e.toCounty(), null); // the township there is not known yet
        onCertificate(e.personId(), c -> c.transferred(e.toCounty()), FactChange.CERTIFICATE_TRANSFERRED, e.effectiveOn());
    }

    @Transactional
    public void certificateRenewed(CertificateRenewed e) {
        onCertificate(e.personId(), c -> c.renewed(e.renewedOn(), e.validUntil()), FactChange.CERTIFICATE_RENEWED,
                e.renewedOn());
    }

    @Transactional
    public void certificateExpired(CertificateExpired e) {
        onCertificate(e.personId(), c -> c.withStatus(CertificateStatus.EXPIRED, e.expiredOn(), null),
                FactChange.CERTIFICATE_EXPIRED, e.expiredOn());
    }

    @Transactional
    public void certificateSuspended(CertificateSuspended e) {
        onCertificate(e.personId(), c -> c.withStatus(CertificateStatus.SUSPENDED, e.effectiveOn(), null),
                FactChange.CERTIFICATE_SUSPENDED, e.effectiveOn());
    }

    @Transactional
    public void certificateReinstated(CertificateReinstated e) {
        onCertificate(e.personId(), c -> c.withStatus(CertificateStatus.VALID, e.effectiveOn(), null),
                FactChange.CERTIFICATE_REINSTATED, e.effectiveOn());
    }

    @Transactional
    public void certificateCancelled(CertificateCancelled e) {
        onCertificate(e.personId(), c -> c.withStatus(CertificateStatus.CANCELLED, e.effectiveOn(), e.reason()),
                FactChange.CERTIFICATE_CANCELLED, e.effectiveOn());
    }

    @Transactional
    public void lowIncomeStatusChanged(LowIncomeStatusChanged e) {
        withinBounds(e);
        PersonFacts person = facts.lockOrCreate(ResidentIdNumber.of(e.idNumber()));
        if (stale(person.lowIncome(), e.effectiveFrom())) {
            return;
        }
        update(person.withLowIncome(e.status(), e.effectiveFrom()), FactChange.LOW_INCOME, e.effectiveFrom());
    }

    /** Civil affairs' income assessment (used where a region words the living allowance by income). */
    @Transactional
    public void incomeReported(IncomeReported e) {
        withinBounds(e);
        PersonFacts person = facts.lockOrCreate(ResidentIdNumber.of(e.idNumber()));
        if (stale(person.income(), e.effectiveFrom())) {
            return;
        }
        update(person.withIncome(new Income(e.householdPerCapitaMonthlyFen(), e.ownMonthlyFen()), e.effectiveFrom()),
                FactChange.INCOME, e.effectiveFrom());
    }

    @Transactional
    public void institutionalCareChanged(InstitutionalCareChanged e) {
        withinBounds(e);
        PersonFacts person = facts.lockOrCreate(ResidentIdNumber.of(e.idNumber()));
        if (stale(person.institutionalCare(), e.effectiveFrom())) {
            return;
        }
        update(person.withInstitutionalCare(e.inInstitutionalCare(), e.effectiveFrom()),
                FactChange.INSTITUTIONAL_CARE, e.effectiveFrom());
    }

    @Transactional
    public void orphanAllowanceChanged(OrphanAllowanceChanged e) {
        withinBounds(e);
        PersonFacts person = facts.lockOrCreate(ResidentIdNumber.of(e.idNumber()));
        if (stale(person.orphanAllowance(), e.effectiveFrom())) {
            return;
        }
        update(person.withOrphanAllowance(e.receiving(), e.effectiveFrom()), FactChange.ORPHAN_ALLOWANCE,
                e.effectiveFrom());
    }

    @Transactional
    public void deathRegistered(DeathRegistered e) {
        withinBounds(e);
        PersonFacts person = facts.lockOrCreate(ResidentIdNumber.of(e.idNumber()));
        update(person.withDeath(e.dateOfDeath()), FactChange.DEATH, e.dateOfDeath());
    }

    @Transactional
    public void careBenefitStarted(CareBenefitStarted e) {
        withinBounds(e);
        PersonFacts person = facts.lockOrCreate(ResidentIdNumber.of(e.idNumber()));
        update(person.withCareBenefit(e.scheme(), new CareBenefit(e.startedOn(), null)),
                FactChange.CARE_BENEFIT_STARTED, e.startedOn());
    }

    @Transactional
    public void careBenefitEnded(CareBenefitEnded e) {
        withinBounds(e);
        PersonFacts person = facts.lockOrCreate(ResidentIdNumber.of(e.idNumber()));
        CareBenefit known = person.careBenefits().get(e.scheme());
        LocalDate started = known == null || known.startedOn().isAfter(e.endedOn()) ? e.endedOn() : known.startedOn();
        update(person.withCareBenefit(e.scheme(), new CareBenefit(started, e.endedOn())),
                FactChange.CARE_BENEFIT_ENDED, e.endedOn());
    }

    private void onCertificate(UUID personId, UnaryOperator<Certificate> change, FactChange kind, LocalDate date) {
        PersonFacts person = facts.lockByPerson(personId).orElse(null);
        if (person == null || person.certificate() == null) {
            // ordering per person makes this impossible unless the issue event was lost upstream
            log.warn("{} for person {} without a known certificate: ignored", kind.id(), personId);
            return;
        }
        update(person.withCertificate(personId, change.apply(person.certificate())), kind, date);
    }

    private void update(PersonFacts person, FactChange kind, LocalDate date) {
        facts.save(person);
        if (person.hasCertificate()) {
            reactions.forEach(reaction -> reaction.factsChanged(person, kind, date));
        }
    }

    /** A date out of bounds is the partner's error: parked for the operator (the reason names only the field). */
    private void withinBounds(PartnerFact fact) {
        FactDates.problemWith(fact, LocalDate.now(clock)).ifPresent(problem -> {
            throw new InvalidEventException(EventCatalog.of(fact.getClass()).name() + " refused: " + problem);
        });
    }

    /** A partner fact older than the one already applied (e.g. the same fact via REST and Kafka, reordered). */
    private static boolean stale(@Nullable Dated<?> known, LocalDate effectiveFrom) {
        return known != null && effectiveFrom.isBefore(known.since());
    }
}
