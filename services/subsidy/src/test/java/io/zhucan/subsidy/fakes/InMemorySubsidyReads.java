package io.zhucan.subsidy.fakes;

import io.zhucan.subsidy.personfile.application.SubsidyReads;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The read models per person, as a test put them; every query is logged with its limit. */
public class InMemorySubsidyReads implements SubsidyReads {

    public final Map<UUID, List<EntitlementView>> entitlements = new HashMap<>();
    public final Map<UUID, List<DecisionView>> decisions = new HashMap<>();
    public final Map<UUID, List<PaymentView>> payments = new HashMap<>();
    public final Map<UUID, List<OverpaymentView>> overpayments = new HashMap<>();
    public final Map<UUID, List<NotificationView>> notifications = new HashMap<>();
    public final List<String> queries = new ArrayList<>();

    @Override
    public List<EntitlementView> entitlements(UUID personId) {
        queries.add("entitlements " + personId);
        return entitlements.getOrDefault(personId, List.of());
    }

    @Override
    public List<DecisionView> decisions(UUID personId, int limit) {
        queries.add("decisions " + personId + " " + limit);
        return decisions.getOrDefault(personId, List.of());
    }

    @Override
    public List<PaymentView> payments(UUID personId, int limit) {
        queries.add("payments " + personId + " " + limit);
        return payments.getOrDefault(personId, List.of());
    }

    @Override
    public List<OverpaymentView> overpayments(UUID personId) {
        queries.add("overpayments " + personId);
        return overpayments.getOrDefault(personId, List.of());
    }

    @Override
    public List<NotificationView> notifications(UUID personId, int limit) {
        queries.add("notifications " + personId + " " + limit);
        return notifications.getOrDefault(personId, List.of());
    }
}
