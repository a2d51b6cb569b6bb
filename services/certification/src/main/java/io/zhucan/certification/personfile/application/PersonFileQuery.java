package io.zhucan.certification.personfile.application;

import io.zhucan.certification.certificate.Certificate;
import io.zhucan.certification.certificate.Certificates;
import io.zhucan.certification.intake.Applications;
import io.zhucan.certification.intake.CertificateApplication;
import io.zhucan.certification.person.Person;
import io.zhucan.certification.person.application.PersonRegistry;
import io.zhucan.platform.domain.NotFoundException;
import io.zhucan.platform.security.CurrentUser;
import io.zhucan.platform.security.audit.PersonAccess;
import io.zhucan.platform.security.audit.PersonFileAudit;
import io.zhucan.platform.security.audit.PersonFileAudit.AuditEntry;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A person's certification file for caseworkers: the person, their applications and certificate. */
@Service
public class PersonFileQuery {

    private final PersonRegistry persons;
    private final Applications applications;
    private final Certificates certificates;
    private final PersonAccess access;
    private final PersonFileAudit audit;

    public PersonFileQuery(PersonRegistry persons, Applications applications, Certificates certificates,
            PersonAccess access, PersonFileAudit audit) {
        this.persons = persons;
        this.applications = applications;
        this.certificates = certificates;
        this.access = access;
        this.audit = audit;
    }

    public record PersonFile(Person person, List<CertificateApplication> applications, Optional<Certificate> certificate) {
    }

    @Transactional(readOnly = true)
    public PersonFile file(CurrentUser user, UUID personId) {
        Person person = persons.get(personId);
        access.read(user, personId, person.householdCounty(), "person-file");
        return new PersonFile(person, applications.ofPerson(personId), certificates.currentOf(personId));
    }

    /** Finds the person of an ID number within the caller's region (audited like a read of the file). */
    @Transactional(readOnly = true)
    public PersonFile byIdNumber(CurrentUser user, String idNumber) {
        Person person = persons.byIdNumber(idNumber).orElseThrow(() -> new NotFoundException("no person with that ID number"));
        return file(user, person.id());
    }

    /** Who read or tried to read this person's file (data protection officer, operator). */
    @Transactional(readOnly = true)
    public List<AuditEntry> accessLog(UUID personId, int limit) {
        persons.get(personId);
        return audit.entriesFor(personId, limit);
    }
}
