package io.zhucan.rehabilitation.modification;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Port: the modification cases and the policy cap of their subsidy. */
public interface ModificationCases {

    /** Adds the case unless the need has one; returns whether it was added. */
    boolean add(ModificationCase modification);

    Optional<ModificationCase> byId(UUID id);

    List<ModificationCase> ofPerson(UUID personId);

    ModificationCase update(ModificationCase modification);

    long subsidyCapFen(String county, LocalDate on);
}
