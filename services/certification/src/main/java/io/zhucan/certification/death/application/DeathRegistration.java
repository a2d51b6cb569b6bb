package io.zhucan.certification.death.application;

import io.zhucan.certification.certificate.application.CertificateService;
import io.zhucan.certification.intake.application.IntakeService;
import io.zhucan.certification.person.Person;
import io.zhucan.certification.person.application.PersonRegistry;
import io.zhucan.platform.events.partner.DeathRegistered;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A death registered by civil affairs: the person's certificate is cancelled from the date of
 * death and open applications are closed. Runs in the inbox transaction of the fact; applying the
 * same fact twice changes nothing the second time.
 */
@Service
public class DeathRegistration {

    private static final Logger log = LoggerFactory.getLogger(DeathRegistration.class);

    private final PersonRegistry persons;
    private final CertificateService certificates;
    private final IntakeService intake;

    public DeathRegistration(PersonRegistry persons, CertificateService certificates, IntakeService intake) {
        this.persons = persons;
        this.certificates = certificates;
        this.intake = intake;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void registered(DeathRegistered fact) {
        Optional<Person> known = persons.byIdNumber(fact.idNumber());
        if (known.isEmpty()) {
            log.debug("death fact {} concerns nobody known to certification", fact.factId());
            return;
        }
        Person person = known.get();
        if (person.dateOfDeath() == null) {
            persons.update(person = person.diedOn(fact.dateOfDeath()));
        }
        certificates.cancelOnDeath(person, fact.dateOfDeath());
        intake.closeOpenApplicationsOf(person.id(), "死亡 (death registered by civil affairs)");
        log.info("death fact {} applied to person {}", fact.factId(), person.id());
    }
}
