package io.zhucan.subsidy.fakes;

import io.zhucan.platform.events.vocabulary.Allowance;
import io.zhucan.subsidy.entitlement.Entitlement;
import io.zhucan.subsidy.entitlement.Entitlements;
import java.time.YearMonth;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Entitlements in maps; like the table, the latest amount is the last one scheduled. */
public class InMemoryEntitlements implements Entitlements {

    public final Map<UUID, Entitlement> byId = new LinkedHashMap<>();
    public final Map<UUID, TreeMap<YearMonth, Long>> schedules = new HashMap<>();
    public final Map<UUID, @Nullable UUID> grantedBy = new HashMap<>();
    public final Map<String, String> scheduleReasons = new HashMap<>();
    /** Per entitlement: the months owed as arrears, "from..until". */
    public final Map<UUID, String> arrears = new HashMap<>();

    @Override
    public Map<UUID, Map<Allowance, Entitlement>> ofPersons(Collection<UUID> personIds) {
        Map<UUID, Map<Allowance, Entitlement>> result = new HashMap<>();
        byId.values().stream().filter(e -> personIds.contains(e.personId())).map(this::withLatestAmount)
                .forEach(e -> result.computeIfAbsent(e.personId(), p -> new EnumMap<>(Allowance.class))
                        .put(e.allowance(), e));
        return result;
    }

    @Override
    public Map<UUID, Map<Allowance, Entitlement>> ofPersonsBetween(UUID first, UUID last) {
        return ofPersons(byId.values().stream().map(Entitlement::personId)
                .filter(p -> p.toString().compareTo(first.toString()) >= 0 && p.toString().compareTo(last.toString()) <= 0)
                .toList());
    }

    @Override
    public Optional<Entitlement> lock(UUID entitlementId) {
        return Optional.ofNullable(byId.get(entitlementId)).map(this::withLatestAmount);
    }

    @Override
    public Optional<Entitlement> lock(UUID personId, Allowance allowance) {
        return byId.values().stream().filter(e -> e.personId().equals(personId) && e.allowance() == allowance)
                .findFirst().map(this::withLatestAmount);
    }

    @Override
    public void add(Entitlement entitlement, @Nullable UUID decisionId) {
        if (byId.putIfAbsent(entitlement.id(), entitlement) != null) {
            throw new IllegalStateException("entitlement added twice");
        }
        grantedBy.put(entitlement.id(), decisionId);
    }

    @Override
    public void update(Entitlement entitlement) {
        if (byId.replace(entitlement.id(), entitlement) == null) {
            throw new IllegalStateException("no entitlement to update");
        }
    }

    @Override
    public void oweArrears(UUID entitlementId, YearMonth from, YearMonth until) {
        arrears.merge(entitlementId, from + ".." + until, (old, added) -> {
            String[] was = old.split("\\.\\.");
            YearMonth a = YearMonth.parse(was[0]).isBefore(from) ? YearMonth.parse(was[0]) : from;
            YearMonth b = YearMonth.parse(was[1]).isAfter(until) ? YearMonth.parse(was[1]) : until;
            return a + ".." + b;
        });
    }

    @Override
    public void scheduleAmount(UUID entitlementId, YearMonth fromMonth, long amountFen, @Nullable Long policyVersion,
            String reason) {
        TreeMap<YearMonth, Long> schedule = schedules.computeIfAbsent(entitlementId, id -> new TreeMap<>());
        schedule.tailMap(fromMonth, false).clear();
        schedule.put(fromMonth, amountFen);
        scheduleReasons.put(entitlementId + "@" + fromMonth, reason + "/v" + policyVersion);
    }

    /** Stores an entitlement as it is (a test's starting point), with its amount scheduled from its start. */
    public Entitlement given(Entitlement entitlement) {
        byId.put(entitlement.id(), entitlement);
        scheduleAmount(entitlement.id(), entitlement.startMonth(), entitlement.latestAmountFen(), 1L, "given");
        return entitlement;
    }

    private Entitlement withLatestAmount(Entitlement e) {
        TreeMap<YearMonth, Long> schedule = schedules.get(e.id());
        return schedule == null || schedule.isEmpty() ? e : e.withAmount(schedule.lastEntry().getValue(), e.county());
    }
}
