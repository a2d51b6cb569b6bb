package io.zhucan.profile.timeline;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The read model's write side, one generation at a time. {@code record} returns false when the
 * generation already holds the event: the caller then applies nothing else (a rebuild and the live
 * consumers may both meet an event around the switch-over).
 */
public interface ProfileModel {

    /** Person or ID-number hash (partner facts before the person is known): one of the two is set. */
    boolean record(int generation, @Nullable UUID person, @Nullable String idHash, TimelineEntry entry);

    /** Many entries in one round trip; for each, whether it is new (see {@link #record}). */
    boolean[] recordAll(int generation, List<FiledEntry> entries);

    /**
     * The writes {@code writes} makes through the model it is given are sent as batches when it
     * returns (a replay's poll): the writes of one row keep their order, rows of different persons
     * are written in any order.
     */
    void batched(Consumer<ProfileModel> writes);

    void applied(int generation, UUID person, String county, LocalDate birthDate, String sex, LocalDate appliedOn);

    void certified(int generation, UUID person, String idHash, String county, @Nullable String township,
            LocalDate birthDate, String sex, String category, String grade, LocalDate issuedOn, LocalDate validUntil);

    void certificate(int generation, UUID person, String status);

    void renewed(int generation, UUID person, LocalDate validUntil);

    void regraded(int generation, UUID person, String category, String grade);

    /** Moved to another county: the township there is not known yet. */
    void moved(int generation, UUID person, String county);

    void died(int generation, String idHash, LocalDate on);

    void decided(int generation, UUID person, String allowance, String outcome, LocalDate on);

    void granted(int generation, UUID entitlement, UUID person, String allowance, String county, LocalDate on,
            boolean withoutApplication);

    void entitlement(int generation, UUID entitlement, String status, LocalDate since);

    void needOpened(int generation, UUID need, UUID person, String county, LocalDate on);

    void needPlanned(int generation, UUID need, List<String> services);

    void needServed(int generation, UUID need, LocalDate on);

    void needClosed(int generation, UUID need, String outcome, LocalDate on);

    /** First device fitted or home modification accepted of a person ({@code DEVICE_FITTED}, {@code HOME_MODIFIED}). */
    void rehabOutcome(int generation, UUID person, String kind, LocalDate on);

    void placed(int generation, UUID person, LocalDate on);
}
