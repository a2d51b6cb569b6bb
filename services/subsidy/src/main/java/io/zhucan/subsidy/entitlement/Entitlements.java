package io.zhucan.subsidy.entitlement;

import io.zhucan.platform.events.vocabulary.Allowance;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Where entitlements and their amount schedule are kept (port). {@code lock…} locks until the transaction ends. */
public interface Entitlements {

    Map<UUID, Map<Allowance, Entitlement>> ofPersons(Collection<UUID> personIds);

    /** The entitlements of the persons with an id from {@code first} to {@code last} (a chunk of a scan in id order). */
    Map<UUID, Map<Allowance, Entitlement>> ofPersonsBetween(UUID first, UUID last);

    Optional<Entitlement> lock(UUID entitlementId);

    Optional<Entitlement> lock(UUID personId, Allowance allowance);

    /** A new entitlement, granted by the decision {@code decisionId} (null: by a reviewer). */
    void add(Entitlement entitlement, @Nullable UUID decisionId);

    void update(Entitlement entitlement);

    /** Many updates in one go (a chunk of a re-evaluation), each entitlement at most once. */
    default void updateAll(List<Entitlement> updated) {
        updated.forEach(this::update);
    }

    /** The amount from {@code fromMonth} on (replaces a change already scheduled for that month or later). */
    void scheduleAmount(UUID entitlementId, YearMonth fromMonth, long amountFen, @Nullable Long policyVersion,
            String reason);

    /** Many amounts in one go (a chunk of a re-evaluation), each entitlement at most once. */
    default void scheduleAmounts(List<EntitlementAmount> amounts) {
        amounts.forEach(a -> scheduleAmount(a.entitlementId(), a.fromMonth(), a.amountFen(), a.policyVersion(), a.reason()));
    }

    /**
     * The months {@code from}..{@code until} became owed after their payment run had passed (a grant or
     * resumption backdated by a late fact): the next run pays those the entitlement covers (arrears, 补发).
     * Widens an earlier window of the same entitlement.
     */
    void oweArrears(UUID entitlementId, YearMonth from, YearMonth until);
}
