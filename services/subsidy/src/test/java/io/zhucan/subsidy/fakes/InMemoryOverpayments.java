package io.zhucan.subsidy.fakes;

import io.zhucan.subsidy.entitlement.Entitlement;
import io.zhucan.subsidy.payment.Overpayments;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Instructed months per entitlement, and the months claimed (each at most once, like the table's key). */
public class InMemoryOverpayments implements Overpayments {

    public final Map<UUID, List<InstructedMonth>> instructed = new HashMap<>();
    public final Set<String> claimed = new HashSet<>();
    public final List<String> reasons = new ArrayList<>();
    public final List<String> released = new ArrayList<>();

    public void instructed(UUID entitlementId, YearMonth month, long amountFen) {
        instructed.computeIfAbsent(entitlementId, id -> new ArrayList<>()).add(new InstructedMonth(month, amountFen));
    }

    @Override
    public List<InstructedMonth> unclaimedInstructedMonths(UUID entitlementId, YearMonth from) {
        return instructed.getOrDefault(entitlementId, List.of()).stream()
                .filter(m -> !m.month().isBefore(from) && !claimed.contains(entitlementId + "@" + m.month()))
                .toList();
    }

    @Override
    public boolean claims(UUID entitlementId, YearMonth month) {
        return claimed.contains(entitlementId + "@" + month);
    }

    @Override
    public void release(UUID entitlementId, YearMonth month, long amountFen) {
        if (claimed.remove(entitlementId + "@" + month)) {
            released.add(entitlementId + "@" + month + " " + amountFen);
        }
    }

    @Override
    public List<InstructedMonth> record(UUID overpaymentId, Entitlement entitlement, List<InstructedMonth> months,
            String reason) {
        List<InstructedMonth> newlyClaimed = months.stream()
                .filter(m -> claimed.add(entitlement.id() + "@" + m.month())).toList();
        if (!newlyClaimed.isEmpty()) {
            reasons.add(reason);
        }
        return newlyClaimed;
    }
}
