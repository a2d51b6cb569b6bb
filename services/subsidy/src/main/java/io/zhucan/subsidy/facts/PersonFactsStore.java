package io.zhucan.subsidy.facts;

import io.zhucan.platform.events.vocabulary.DisabilityGrade;
import io.zhucan.platform.events.vocabulary.ResidentIdNumber;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The persons' facts (port). Every {@code lock…} method locks the rows until the transaction ends. */
public interface PersonFactsStore {

    /** The facts of an ID number, created empty if none are known yet, locked. */
    PersonFacts lockOrCreate(ResidentIdNumber idNumber);

    Optional<PersonFacts> lockByPerson(UUID personId);

    Optional<PersonFacts> findByPerson(UUID personId);

    void save(PersonFacts facts);

    /**
     * Up to {@code limit} certificate holders with an ID number after {@code after} (empty: from the
     * start), in order, locked; only of {@code counties} and {@code grades} unless those are empty.
     */
    List<PersonFacts> lockChunk(String after, int limit, Set<String> counties, Set<DisabilityGrade> grades);

    /**
     * Up to {@code limit} certificate holders with a person id after {@code after} (null: from the
     * start), in the order of the person id, not locked: for reading everyone in large chunks.
     */
    List<PersonFacts> holdersAfter(@Nullable UUID after, int limit);
}
