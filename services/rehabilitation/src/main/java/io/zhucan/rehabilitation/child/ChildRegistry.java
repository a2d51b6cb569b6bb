package io.zhucan.rehabilitation.child;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Port: children, institutions, enrolments and monthly records of child rehabilitation. */
public interface ChildRegistry {

    /** Adds the child unless one with the same ID-number hash exists; returns the stored one. */
    Child register(Child child);

    Optional<Child> child(UUID id);

    Optional<Child> childOfPerson(UUID personId);

    Optional<Child> childByHash(String idNumberHash);

    void update(Child child);

    /** Locks the child's row until the transaction ends: one month's cap arithmetic at a time. */
    void lock(UUID childId);

    void add(Institution institution);

    Optional<Institution> institution(UUID id);

    Optional<Institution> institutionOfClient(String clientId);

    int activeEnrolments(UUID institutionId);

    void add(Enrolment enrolment);

    Optional<Enrolment> enrolment(UUID id);

    void exit(Enrolment exited);

    List<Enrolment> activeEnrolmentsOf(UUID institutionId);

    List<Enrolment> enrolmentsOfChild(UUID childId);

    /** Subsidy already recorded for the child in the months of {@code year} (any institution). */
    long subsidisedInYear(UUID childId, int year);

    boolean add(MonthlyService record);

    List<MonthlyService> servicesOfChild(UUID childId);

    /** What the institution is owed for a month: the sum of the subsidies of its records. */
    long settlementFen(UUID institutionId, YearMonth month);
}
