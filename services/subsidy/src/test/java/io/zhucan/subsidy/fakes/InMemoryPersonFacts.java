package io.zhucan.subsidy.fakes;

import io.zhucan.platform.events.vocabulary.DisabilityGrade;
import io.zhucan.platform.events.vocabulary.ResidentIdNumber;
import io.zhucan.subsidy.facts.PersonFacts;
import io.zhucan.subsidy.facts.PersonFactsStore;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/** The persons' facts by ID number, in order (as the table is read in chunks). */
public class InMemoryPersonFacts implements PersonFactsStore {

    public final TreeMap<String, PersonFacts> byIdNumber = new TreeMap<>();

    @Override
    public PersonFacts lockOrCreate(ResidentIdNumber idNumber) {
        return byIdNumber.computeIfAbsent(idNumber.value(), n -> PersonFacts.empty(idNumber));
    }

    @Override
    public Optional<PersonFacts> lockByPerson(UUID personId) {
        return findByPerson(personId);
    }

    @Override
    public Optional<PersonFacts> findByPerson(UUID personId) {
        return byIdNumber.values().stream().filter(f -> Objects.equals(f.personId(), personId)).findFirst();
    }

    @Override
    public void save(PersonFacts facts) {
        byIdNumber.put(facts.idNumber().value(), facts);
    }

    @Override
    public List<PersonFacts> lockChunk(String after, int limit, Set<String> counties, Set<DisabilityGrade> grades) {
        return byIdNumber.tailMap(after, false).values().stream().filter(PersonFacts::hasCertificate)
                .filter(f -> counties.isEmpty() || counties.contains(f.certificate().county()))
                .filter(f -> grades.isEmpty() || grades.contains(f.certificate().grade()))
                .limit(limit).toList();
    }

    @Override
    public List<PersonFacts> holdersAfter(@Nullable UUID after, int limit) {
        return byIdNumber.values().stream().filter(PersonFacts::hasCertificate)
                .sorted(Comparator.comparing(f -> f.personId().toString())) // PostgreSQL's uuid order
                .filter(f -> after == null || f.personId().toString().compareTo(after.toString()) > 0)
                .limit(limit).toList();
    }
}
