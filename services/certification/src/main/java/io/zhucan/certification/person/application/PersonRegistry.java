package io.zhucan.certification.person.application;

import io.zhucan.certification.person.Person;
import io.zhucan.certification.person.Persons;
import io.zhucan.platform.events.vocabulary.ResidentIdNumber;
import io.zhucan.platform.domain.ConflictException;
import io.zhucan.platform.domain.NotFoundException;
import io.zhucan.platform.domain.RuleViolationException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** One person, one record: finds the person of an ID number, or registers them on first contact. */
@Service
public class PersonRegistry {

    private final Persons persons;
    private final Clock clock;

    public PersonRegistry(Persons persons, Clock clock) {
        this.persons = persons;
        this.clock = clock;
    }

    /**
     * The person with this ID number; registered now if unknown. A citizen applying for themselves
     * brings the person id of their account ({@code knownAs}): it must be the one of this ID number.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Person findOrRegister(String rawIdNumber, String name, String householdCounty, @Nullable UUID knownAs) {
        ResidentIdNumber idNumber = parse(rawIdNumber);
        Optional<Person> existing = persons.byIdNumber(idNumber);
        if (existing.isPresent()) {
            Person person = existing.get();
            if (knownAs != null && !knownAs.equals(person.id())) {
                throw new ConflictException("identity", "this ID number belongs to another account");
            }
            return person;
        }
        if (knownAs != null && persons.byId(knownAs).isPresent()) {
            throw new ConflictException("identity", "your account is registered with another ID number");
        }
        if (name == null || name.isBlank()) {
            throw new RuleViolationException("name", "the applicant's name is required");
        }
        Person person = new Person(knownAs != null ? knownAs : UUID.randomUUID(), idNumber, name.strip(), householdCounty,
                null);
        if (!persons.add(person)) {
            // registered concurrently by another request: one person, one record
            return persons.byIdNumber(idNumber).orElseThrow();
        }
        return person;
    }

    public Person get(UUID personId) {
        return persons.byId(personId).orElseThrow(() -> new NotFoundException("no person " + personId));
    }

    public Map<UUID, Person> byIds(Collection<UUID> ids) {
        return persons.byIds(ids).stream().collect(Collectors.toMap(Person::id, Function.identity()));
    }

    public Optional<Person> byIdNumber(String rawIdNumber) {
        return persons.byIdNumber(parse(rawIdNumber));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void update(Person person) {
        persons.update(person);
    }

    private ResidentIdNumber parse(String raw) {
        try {
            return ResidentIdNumber.parse(raw, LocalDate.now(clock));
        } catch (ResidentIdNumber.InvalidResidentIdNumberException e) {
            throw new RuleViolationException("resident-id-number", e.getMessage());
        }
    }
}
