package io.zhucan.subsidy.entitlement.application;

import io.zhucan.subsidy.facts.PersonFacts;
import io.zhucan.subsidy.facts.application.FactsStore;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads for the API: the person's county (for the region check) and masked identity. */
@Service
@Transactional(readOnly = true)
public class SubsidyReadService {

    private final FactsStore facts;
    private final SubsidyQueries queries;

    public SubsidyReadService(FactsStore facts, SubsidyQueries queries) {
        this.facts = facts;
        this.queries = queries;
    }

    /** The household county of a certificate holder (the county that owns the case). */
    public Optional<String> countyOf(UUID personId) {
        return facts.findByPerson(personId).filter(PersonFacts::hasCertificate).map(f -> f.certificate().county());
    }

    public Optional<PersonFacts> facts(UUID personId) {
        return facts.findByPerson(personId);
    }

    public SubsidyQueries queries() {
        return queries;
    }
}
