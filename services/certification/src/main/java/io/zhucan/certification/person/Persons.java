package io.zhucan.certification.person;

import io.zhucan.platform.events.vocabulary.ResidentIdNumber;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where persons are kept (port; the persistence adapter implements it). */
public interface Persons {

    Optional<Person> byId(UUID id);

    Optional<Person> byIdNumber(ResidentIdNumber idNumber);

    List<Person> byIds(Collection<UUID> ids);

    /** Adds a new person; false if one with the same ID number exists already (a concurrent registration). */
    boolean add(Person person);

    void update(Person person);
}
