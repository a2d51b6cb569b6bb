package io.zhucan.certification.person.application;

import io.zhucan.certification.person.Person;
import io.zhucan.certification.person.Persons;
import io.zhucan.platform.events.vocabulary.ResidentIdNumber;
import io.zhucan.platform.domain.ConflictException;
import io.zhucan.platform.domain.IdentityNotVerifiedException;
import io.zhucan.platform.domain.NotFoundException;
import io.zhucan.platform.domain.RuleViolationException;
import io.zhucan.platform.security.CurrentUser;
import io.zhucan.platform.security.IdNumberHash;
import io.zhucan.platform.security.audit.PersonFileAudit;
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
    private final IdNumberHash verifiedIdNumbers;
    private final PersonFileAudit audit;
    private final Clock clock;

    public PersonRegistry(Persons persons, IdNumberHash verifiedIdNumbers, PersonFileAudit audit, Clock clock) {
        this.persons = persons;
        this.verifiedIdNumbers = verifiedIdNumbers;
        this.audit = audit;
        this.clock = clock;
    }

    /** The person with this ID number (a caseworker's application on their behalf); registered now if unknown. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Person findOrRegister(String rawIdNumber, String name, String householdCounty,
            @Nullable String householdTownship) {
        ResidentIdNumber idNumber = parse(rawIdNumber);
        return persons.byIdNumber(idNumber)
                .orElseGet(() -> register(UUID.randomUUID(), idNumber, name, householdCounty, householdTownship));
    }

    /**
     * The citizen applying for themselves: only the ID number their token's real-name verification
     * vouches for, under their account's person id. A typed number never binds the account to
     * anyone; the refusal is the same whether that number is on record or not, and audited.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Person findOrRegisterSelf(CurrentUser citizen, String rawIdNumber, String name, String householdCounty,
            @Nullable String householdTownship) {
        ResidentIdNumber idNumber = parse(rawIdNumber);
        UUID account = citizen.personId();
        if (account == null || !verifiedIdNumbers.verifies(citizen, idNumber.value())) {
            audit.denied(citizen, account, "person:self-identification");
            throw new IdentityNotVerifiedException();
        }
        Optional<Person> existing = persons.byIdNumber(idNumber);
        if (existing.isPresent() ? !existing.get().id().equals(account) : persons.byId(account).isPresent()) {
            throw notLinked();
        }
        Person person = existing.orElseGet(() -> register(account, idNumber, name, householdCounty, householdTownship));
        if (!person.id().equals(account)) {
            throw notLinked(); // registered at the same moment at an office
        }
        return person;
    }

    /** The realm and the registry disagree on who this is: one message whichever side is in the way. */
    private static ConflictException notLinked() {
        return new ConflictException("identity",
                "your account does not match the person on record: apply at a county office");
    }

    public Person get(UUID personId) {
        return persons.byId(personId).orElseThrow(() -> new NotFoundException("no person " + personId));
    }

    public Optional<Person> find(UUID personId) {
        return persons.byId(personId);
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

    private Person register(UUID id, ResidentIdNumber idNumber, String name, String householdCounty,
            @Nullable String householdTownship) {
        if (name == null || name.isBlank()) {
            throw new RuleViolationException("name", "the applicant's name is required");
        }
        Person person = new Person(id, idNumber, name.strip(), householdCounty, householdTownship, null);
        if (!persons.add(person)) {
            // registered concurrently by another request: one person, one record
            return persons.byIdNumber(idNumber).orElseThrow();
        }
        return person;
    }

    private ResidentIdNumber parse(String raw) {
        try {
            return ResidentIdNumber.parse(raw, LocalDate.now(clock));
        } catch (ResidentIdNumber.InvalidResidentIdNumberException e) {
            throw new RuleViolationException("resident-id-number", e.getMessage());
        }
    }
}
