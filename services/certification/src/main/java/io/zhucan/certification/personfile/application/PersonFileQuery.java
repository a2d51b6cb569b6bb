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

    /** The file of a person the caller may see; "not yours" is answered as "not there" (and audited). */
    @Transactional(readOnly = true)
    public PersonFile file(CurrentUser user, UUID personId) {
        return visible(user, persons.find(personId), "no person with this id in what you may access");
    }

    /** Finds the person of an ID number within the caller's region (audited like a read of the file). */
    @Transactional(readOnly = true)
    public PersonFile byIdNumber(CurrentUser user, String idNumber) {
        return visible(user, persons.byIdNumber(idNumber), "no person with this ID number in what you may access");
    }

    private PersonFile visible(CurrentUser user, Optional<Person> found, String notVisible) {
        Person person = found
                .filter(p -> access.mayRead(user, p.id(), p.place(), "person-file"))
                .orElseThrow(() -> new NotFoundException(notVisible));
        return new PersonFile(person, applications.ofPerson(person.id()), certificates.currentOf(person.id()));
    }

    /** Who read or tried to read this person's file (data protection officer, operator). */
    @Transactional(readOnly = true)
    public List<AuditEntry> accessLog(UUID personId, int limit) {
        persons.get(personId);
        return audit.entriesFor(personId, limit);
    }
}
