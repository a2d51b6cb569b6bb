package io.zhucan.certification.intake.application;

import io.zhucan.certification.calendar.Calendars;
import io.zhucan.certification.certificate.Assessment;
import io.zhucan.certification.certificate.Certificate;
import io.zhucan.certification.certificate.Certificates;
import io.zhucan.certification.shared.Disability;
import io.zhucan.certification.certificate.application.CertificateEvents;
import io.zhucan.certification.certificate.application.CertificateService;
import io.zhucan.certification.intake.ApplicationKind;
import io.zhucan.certification.intake.ApplicationStatus;
import io.zhucan.certification.intake.Applications;
import io.zhucan.certification.intake.CertificateApplication;
import io.zhucan.certification.intake.TimeLimits;
import io.zhucan.certification.person.Person;
import io.zhucan.certification.person.application.PersonRegistry;
import io.zhucan.certification.region.Counties;
import io.zhucan.platform.domain.ConflictException;
import io.zhucan.platform.domain.NotFoundException;
import io.zhucan.platform.domain.RuleViolationException;
import io.zhucan.platform.events.certification.ApplicationChannel;
import io.zhucan.platform.events.certification.CertificateApplied;
import io.zhucan.platform.events.certification.CertificateAssessed;
import io.zhucan.platform.events.certification.CertificateRejected;
import io.zhucan.platform.messaging.metrics.CommittedCounts;
import io.zhucan.platform.messaging.outbox.EventPublisher;
import io.zhucan.platform.security.CurrentUser;
import io.zhucan.platform.security.Regions;
import io.zhucan.platform.security.Roles;
import io.zhucan.platform.security.audit.PersonAccess;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The certificate workflow: a citizen or a caseworker of any county submits, an assessor of the
 * household county records the assessment, a reviewer of that county approves (the certificate is
 * issued in the same transaction) or rejects. Every step writes its event to the outbox.
 */
@Service
public class IntakeService {

    /** Reviewers' decisions by application kind and outcome (approved, rejected), once committed. */
    public static final String DECISIONS = "zhucan.certification.decisions";

    private final Applications applications;
    private final Certificates certificates;
    private final PersonRegistry persons;
    private final CertificateService certificateService;
    private final Counties counties;
    private final TimeLimits.StepLimits stepLimits;
    private final Calendars calendars;
    private final EventPublisher events;
    private final PersonAccess access;
    private final Clock clock;

    public IntakeService(Applications applications, Certificates certificates, PersonRegistry persons,
            CertificateService certificateService, Counties counties, TimeLimits.StepLimits stepLimits, Calendars calendars,
            EventPublisher events,
            PersonAccess access, Clock clock) {
        this.applications = applications;
        this.certificates = certificates;
        this.persons = persons;
        this.certificateService = certificateService;
        this.counties = counties;
        this.stepLimits = stepLimits;
        this.calendars = calendars;
        this.events = events;
        this.access = access;
        this.clock = clock;
    }

    /** What an applicant (or the caseworker on their behalf) fills in. */
    public record NewApplication(String idNumber, String name, String householdCounty,
            @Nullable String householdTownship, @Nullable String acceptingCounty, boolean homeAssessmentRequested) {
    }

    /**
     * A citizen applies for themselves (only with the ID number their token verifies) or a caseworker
     * on someone's behalf. A household county that differs from the one on record is a move: the
     * person themselves or staff of the county they are registered in record it, never another county.
     * The answer shows the person on record: an audited read.
     */
    @Transactional
    public CertificateApplication submit(CurrentUser user, NewApplication form) {
        if (!counties.exists(form.householdCounty())) {
            throw new RuleViolationException("county", "unknown household county " + form.householdCounty());
        }
        String township = form.householdTownship();
        if (township != null && !counties.hasTownship(form.householdCounty(), township)) {
            throw new RuleViolationException("township", "the township " + township + " is not one of the household county's");
        }
        boolean self = user.hasRole(Roles.CITIZEN);
        String acceptingCounty = self ? form.householdCounty() : acceptingCountyOf(user, form);
        Person person = self
                ? persons.findOrRegisterSelf(user, form.idNumber(), form.name(), form.householdCounty(), township)
                : persons.findOrRegister(form.idNumber(), form.name(), form.householdCounty(), township);
        if (person.dateOfDeath() != null) {
            throw new ConflictException("deceased", "a death is registered for this person");
        }
        boolean countyMoved = !person.householdCounty().equals(form.householdCounty());
        if (countyMoved || (township != null && !township.equals(person.householdTownship()))) {
            if (countyMoved && certificates.currentOf(person.id()).isPresent()) {
                throw new ConflictException("household-county",
                        "the household county differs from the certificate's: record the move as a transfer first");
            }
            if (!self && !user.coversRegion(person.place())) {
                throw new ConflictException("household-county", "the household differs from the one on record:"
                        + " staff of where the person is registered or the applicant in the app record the move");
            }
            persons.update(person = person.movedTo(form.householdCounty(), township));
        }
        if (certificates.currentOf(person.id()).isPresent()) {
            throw new ConflictException("one-certificate",
                    "the person already holds a certificate: renew, reassess or reissue it instead");
        }
        requireNoOpenApplication(person.id());
        CertificateApplication application = open(user, person, ApplicationKind.FIRST_CERTIFICATE, null,
                acceptingCounty, self ? ApplicationChannel.SELF_SERVICE : ApplicationChannel.ASSISTED,
                form.homeAssessmentRequested());
        // the office that registered it sees the person on record (a township office: itself)
        String registeredAt = !self && Regions.isTownship(user.region()) ? user.region() : acceptingCounty;
        access.read(user, person.id(), registeredAt, "application:submit");
        return application;
    }

    /** A caseworker registers a reassessment of a valid certificate (regrade if the result differs). */
    @Transactional
    public CertificateApplication requestReassessment(CurrentUser user, UUID certificateId, boolean homeAssessment) {
        Certificate certificate = certificates.byId(certificateId)
                .orElseThrow(() -> new NotFoundException("no certificate " + certificateId));
        access.act(user, certificate.personId(), certificate.householdCounty(), "certificate:reassessment");
        if (!certificate.allows(io.zhucan.certification.certificate.CertificateAction.REGRADE)) {
            throw new io.zhucan.platform.domain.IllegalTransitionException(
                    "a " + certificate.status().name().toLowerCase() + " certificate cannot be reassessed");
        }
        requireNoOpenApplication(certificate.personId());
        return open(user, persons.get(certificate.personId()), ApplicationKind.REASSESSMENT, certificateId,
                certificate.householdCounty(), ApplicationChannel.ASSISTED, homeAssessment);
    }

    @Transactional
    public CertificateApplication assess(CurrentUser assessor, UUID applicationId, List<Disability> disabilities,
            String institution) {
        CertificateApplication before = loadForStaff(assessor, applicationId, "application:assess");
        LocalDate today = LocalDate.now(clock);
        Assessment assessment = new Assessment(disabilities, institution, assessor.username(), today);
        CertificateApplication after = applications.update(before.recordAssessment(assessment, today, limits()));
        events.publish(new CertificateAssessed(UUID.randomUUID(), clock.instant(), after.personId(), after.id(),
                assessment.category(), assessment.grade(), CertificateEvents.disabilities(assessment.disabilities()),
                institution, today));
        return after;
    }

    /** Approves an assessed application and, in the same transaction, issues or regrades the certificate. */
    @Transactional
    public CertificateApplication approve(CurrentUser reviewer, UUID applicationId) {
        CertificateApplication before = loadForStaff(reviewer, applicationId, "application:approve");
        CertificateApplication approved = before.approve(reviewer.username(), clock.instant());
        if (approved.kind() == ApplicationKind.FIRST_CERTIFICATE) {
            Certificate issued = certificateService.issue(approved.id(), persons.get(approved.personId()),
                    approved.assessment());
            approved = approved.issued(issued.id());
        } else {
            certificateService.regrade(approved.certificateId(), approved.assessment());
        }
        CommittedCounts.increment(DECISIONS, "kind", approved.kind().name(), "outcome", "approved");
        return applications.update(approved);
    }

    @Transactional
    public CertificateApplication reject(CurrentUser reviewer, UUID applicationId, String reason) {
        CertificateApplication before = loadForStaff(reviewer, applicationId, "application:reject");
        CertificateApplication after = applications.update(before.reject(reviewer.username(), reason, clock.instant()));
        CommittedCounts.increment(DECISIONS, "kind", after.kind().name(), "outcome", "rejected");
        events.publish(new CertificateRejected(UUID.randomUUID(), clock.instant(), after.personId(), after.id(),
                after.householdCounty(), after.review().reason()));
        return after;
    }

    /** Closes the person's open applications (the applicant died); no event: the cancellation says it. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void closeOpenApplicationsOf(UUID personId, String reason) {
        applications.ofPerson(personId).stream()
                .filter(a -> a.status().isOpen())
                .forEach(a -> applications.update(a.close(reason, clock.instant())));
    }

    @Transactional(readOnly = true)
    public CertificateApplication view(CurrentUser user, UUID applicationId) {
        CertificateApplication application = load(applicationId);
        // the accepting county sees what it registered; the household county owns the case
        String place = user.coversRegion(application.acceptingCounty()) && !user.hasRole(Roles.CITIZEN)
                ? application.acceptingCounty() : placeOf(application);
        access.read(user, application.personId(), place, "application");
        return application;
    }

    @Transactional(readOnly = true)
    public List<CertificateApplication> mine(CurrentUser user) {
        if (user.personId() == null) {
            throw new AccessDeniedException("a citizen account linked to a person is required");
        }
        return applications.ofPerson(user.personId());
    }

    /** The staff member's work queue, limited to the region they are scoped to. */
    @Transactional(readOnly = true)
    public List<CertificateApplication> queue(CurrentUser user, @Nullable ApplicationStatus status, boolean overdueOnly,
            int limit) {
        if (user.region() == null || !Regions.isValidScope(user.region())) {
            throw new AccessDeniedException("staff accounts are scoped to a region");
        }
        return applications.search(user.region(), status, overdueOnly, LocalDate.now(clock), limit);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private CertificateApplication open(CurrentUser user, Person person, ApplicationKind kind,
            @Nullable UUID certificateId, String acceptingCounty, ApplicationChannel channel, boolean homeAssessment) {
        CertificateApplication application = CertificateApplication.submit(UUID.randomUUID(), person.id(), kind,
                certificateId, person.householdCounty(), acceptingCounty, channel, homeAssessment, user.username(),
                clock.instant(), LocalDate.now(clock), limits());
        applications.add(application);
        events.publish(new CertificateApplied(UUID.randomUUID(), clock.instant(), person.id(), application.id(),
                person.householdCounty(), acceptingCounty, channel, homeAssessment, person.birthDate(), person.sex()));
        return application;
    }

    private String acceptingCountyOf(CurrentUser caseworker, NewApplication form) {
        String region = caseworker.region();
        if (region == null) {
            throw new AccessDeniedException("staff accounts are scoped to a region");
        }
        // any county accepts (通办): a county caseworker accepts in their county, a township one in
        // their township's county; a city or province scoped one names the county within their scope
        boolean township = Regions.isTownship(region);
        String accepting = form.acceptingCounty() != null ? form.acceptingCounty()
                : township ? Regions.countyOf(region) : region;
        boolean within = township ? accepting.equals(Regions.countyOf(region)) : Regions.covers(region, accepting);
        if (!counties.exists(accepting) || !within) {
            throw new RuleViolationException("accepting-county", "name an accepting county within your region");
        }
        return accepting;
    }

    /** The step limits counted in the calendar as it stands now (an operator may have just published a year). */
    private TimeLimits limits() {
        return new TimeLimits(stepLimits, calendars.workingDays());
    }

    private void requireNoOpenApplication(UUID personId) {
        if (applications.ofPerson(personId).stream().anyMatch(a -> a.status().isOpen())) {
            throw new ConflictException("open-application", "the person has an application in progress");
        }
    }

    private CertificateApplication loadForStaff(CurrentUser user, UUID applicationId, String resource) {
        CertificateApplication application = load(applicationId);
        access.act(user, application.personId(), placeOf(application), resource);
        return application;
    }

    /** The application's place for the region scope: the applicant's township where it is known. */
    private String placeOf(CertificateApplication application) {
        return persons.get(application.personId()).placeIn(application.householdCounty());
    }

    private CertificateApplication load(UUID applicationId) {
        return applications.byId(applicationId)
                .orElseThrow(() -> new NotFoundException("no application " + applicationId));
    }
}
