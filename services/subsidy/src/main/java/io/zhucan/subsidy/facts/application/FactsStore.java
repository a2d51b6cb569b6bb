package io.zhucan.subsidy.facts.application;

import io.zhucan.subsidy.facts.PersonFacts;
import io.zhucan.subsidy.policy.PolicyChange.Scope;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Port: the persons' facts. Every {@code lock…} method locks the rows until the transaction ends. */
public interface FactsStore {

    /** The facts of an ID number, created empty if none are known yet, locked. */
    PersonFacts lockOrCreate(String idNumber);

    Optional<PersonFacts> lockByPerson(UUID personId);

    Optional<PersonFacts> findByPerson(UUID personId);

    void save(PersonFacts facts);

    /** Up to {@code limit} certificate holders in {@code scope} with an ID number after {@code after}, in order, locked. */
    List<PersonFacts> lockChunk(String after, int limit, Scope scope);
}
