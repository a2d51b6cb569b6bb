package io.zhucan.subsidy.entitlement.application;

import io.zhucan.subsidy.entitlement.CertificateNumbers;
import io.zhucan.subsidy.facts.PersonFacts;
import io.zhucan.subsidy.facts.PersonFactsStore;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The certificate number from the facts the certification service reported. */
@Component
class HolderCertificateNumbers implements CertificateNumbers {

    private final PersonFactsStore facts;

    HolderCertificateNumbers(PersonFactsStore facts) {
        this.facts = facts;
    }

    @Override
    public String of(UUID personId) {
        return facts.findByPerson(personId).filter(PersonFacts::hasCertificate).map(f -> f.certificate().number())
                .orElseThrow(() -> new IllegalStateException("an entitlement of person " + personId + " without certificate"));
    }
}
