package io.zhucan.subsidy.entitlement.application;

import io.zhucan.platform.events.IntegrationEvent;
import io.zhucan.platform.messaging.outbox.EventPublisher;
import io.zhucan.subsidy.entitlement.CertificateNumbers;
import io.zhucan.subsidy.entitlement.Entitlement;
import io.zhucan.subsidy.entitlement.EntitlementAmount;
import io.zhucan.subsidy.entitlement.Entitlements;
import io.zhucan.subsidy.entitlement.OverpaymentClaims;
import io.zhucan.subsidy.notification.Notice;
import io.zhucan.subsidy.notification.Notices;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What the transitions of a chunk write, collected in the order they happen and written per kind in
 * a few statements at the end, in the chunk's transaction (docs/adr/0016). An entitlement changed twice
 * in a chunk (a late fact's grant and its suspension) is written in its last state, and its amounts as
 * writing them one at a time would leave them (a set-based upsert must not name a row twice); the
 * events keep their order, so each person's stay in order on Kafka.
 */
final class ChunkOfTransitions {

    private record Added(Entitlement entitlement, @Nullable UUID decisionId) {
    }

    private record Arrears(UUID entitlementId, YearMonth from, YearMonth until) {
    }

    private record Claim(Entitlement ended, String reason) {
    }

    private final List<Added> added = new ArrayList<>();
    private final Map<UUID, Entitlement> updated = new LinkedHashMap<>();
    private final Map<UUID, NavigableMap<YearMonth, EntitlementAmount>> amounts = new LinkedHashMap<>();
    private final List<Arrears> arrears = new ArrayList<>();
    private final List<Claim> claims = new ArrayList<>();
    private final List<Notice> notices = new ArrayList<>();
    private final List<IntegrationEvent> events = new ArrayList<>();
    private final Map<UUID, String> certificateNumbers = new HashMap<>();

    void add(Entitlement entitlement, @Nullable UUID decisionId) {
        added.add(new Added(entitlement, decisionId));
    }

    void update(Entitlement entitlement) {
        updated.put(entitlement.id(), entitlement);
    }

    /** As one at a time: an amount replaces what was scheduled from its month on. */
    void scheduleAmount(EntitlementAmount amount) {
        NavigableMap<YearMonth, EntitlementAmount> steps = amounts.computeIfAbsent(amount.entitlementId(), id -> new TreeMap<>());
        steps.tailMap(amount.fromMonth(), true).clear();
        steps.put(amount.fromMonth(), amount);
    }

    void oweArrears(UUID entitlementId, YearMonth from, YearMonth until) {
        arrears.add(new Arrears(entitlementId, from, until));
    }

    void claimAfter(Entitlement ended, String reason) {
        claims.add(new Claim(ended, reason));
    }

    void send(Notice notice) {
        notices.add(notice);
    }

    void publish(IntegrationEvent event) {
        events.add(event);
    }

    /** The certificate number of a holder whose facts the caller holds already (no read per event). */
    void knowCertificate(UUID personId, String number) {
        certificateNumbers.put(personId, number);
    }

    String certificateOf(UUID personId, CertificateNumbers numbers) {
        return certificateNumbers.computeIfAbsent(personId, numbers::of);
    }

    /** New entitlements before what refers to them; claims after the entitlement they end. */
    void write(Entitlements entitlements, OverpaymentClaims overpayments, Notices notifications, EventPublisher publisher) {
        added.forEach(a -> entitlements.add(a.entitlement(), a.decisionId()));
        entitlements.updateAll(List.copyOf(updated.values()));
        entitlements.scheduleAmounts(amounts.values().stream().flatMap(steps -> steps.values().stream()).toList());
        arrears.forEach(a -> entitlements.oweArrears(a.entitlementId(), a.from(), a.until()));
        claims.forEach(c -> overpayments.claimAfter(c.ended(), c.reason()));
        notifications.sendAll(notices);
        publisher.publishAll(events);
    }
}
