package io.zhucan.subsidy.fakes;

import io.zhucan.platform.events.subsidy.PaymentInstructed;
import io.zhucan.subsidy.payment.Instruction;
import io.zhucan.subsidy.payment.InstructionStatus;
import io.zhucan.subsidy.payment.PaymentInstructions;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Payment instructions in a map, the payable entitlements in the table's order (uuids compared as
 * unsigned bytes, as PostgreSQL orders them); one instruction per entitlement and month, like the
 * unique key. Every call is logged, so a test can check how the run walked the table.
 */
public class InMemoryPaymentInstructions implements PaymentInstructions {

    public static final Comparator<UUID> POSTGRES_ORDER = (a, b) -> {
        int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        return high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
    };

    /** Per entitlement: what its instructions say (id, month, status and attempt are ignored). */
    public final TreeMap<UUID, Instruction> payees = new TreeMap<>(POSTGRES_ORDER);
    public final Map<UUID, Instruction> byId = new LinkedHashMap<>();
    public final List<String> calls = new ArrayList<>();
    public final List<String> settlements = new ArrayList<>();
    /** Where instructRange writes the events of what it created, as the SQL writes them to the outbox. */
    private final PublishedEvents outbox;

    public InMemoryPaymentInstructions() {
        this(new PublishedEvents());
    }

    public InMemoryPaymentInstructions(PublishedEvents outbox) {
        this.outbox = outbox;
    }

    /** An entitlement payable in every month, as {@code payee} describes it. */
    public void payable(Instruction payee) {
        payees.put(payee.entitlementId(), payee);
    }

    /** Per entitlement: the earliest month it is owed although no run instructed it (arrears). */
    public final Map<UUID, YearMonth> owedSince = new LinkedHashMap<>();

    /** Stores an instruction as it is (a test's starting point). */
    public Instruction given(Instruction instruction) {
        byId.put(instruction.id(), instruction);
        return instruction;
    }

    @Override
    public Optional<UUID> chunkEnd(UUID after, int size) {
        calls.add("chunkEnd " + after + " " + size);
        return payees.tailMap(after, false).keySet().stream().skip(size - 1L).findFirst();
    }

    @Override
    public List<Instruction> instructRange(YearMonth month, UUID after, @Nullable UUID upTo, Instant announcedAt) {
        calls.add("instructRange " + month + " " + after + " " + upTo);
        var range = upTo == null ? payees.tailMap(after, false) : payees.subMap(after, false, upTo, true);
        List<Instruction> created = new ArrayList<>();
        for (Instruction p : range.values()) {
            for (YearMonth m = owedSince.getOrDefault(p.entitlementId(), month); !m.isAfter(month); m = m.plusMonths(1)) {
                YearMonth owed = m;
                boolean instructed = byId.values().stream()
                        .anyMatch(i -> i.entitlementId().equals(p.entitlementId()) && i.month().equals(owed));
                if (!instructed) {
                    created.add(instruct(p, owed, owed.isBefore(month), announcedAt));
                }
            }
        }
        return created;
    }

    private Instruction instruct(Instruction payee, YearMonth month, boolean arrears, Instant announcedAt) {
        Instruction i = new Instruction(UUID.randomUUID(), payee.entitlementId(), payee.personId(), payee.allowance(),
                month, payee.amountFen(), payee.county(), payee.certificateNumber(), InstructionStatus.INSTRUCTED, 1,
                arrears);
        byId.put(i.id(), i);
        outbox.publish(new PaymentInstructed(UUID.randomUUID(), announcedAt, i.personId(), i.id(), i.entitlementId(),
                i.allowance(), i.month(), i.amountFen(), i.county(), i.certificateNumber(), i.attempt(), arrears));
        return i;
    }

    @Override
    public List<Instruction> reinstructFailed(int maxAttempts, int limit) {
        calls.add("reinstructFailed " + maxAttempts + " " + limit);
        List<Instruction> again = byId.values().stream()
                .filter(i -> i.status() == InstructionStatus.FAILED && i.attempt() < maxAttempts).limit(limit)
                .map(i -> new Instruction(i.id(), i.entitlementId(), i.personId(), i.allowance(), i.month(),
                        i.amountFen(), i.county(), i.certificateNumber(), InstructionStatus.INSTRUCTED,
                        i.attempt() + 1, i.arrears()))
                .toList();
        again.forEach(i -> byId.put(i.id(), i));
        return again;
    }

    /** Entitlements the reconciliation finds instructed and no longer covering the month (any month). */
    public final Set<UUID> notCovered = new LinkedHashSet<>();

    @Override
    public List<UUID> instructedNotCovered(YearMonth month) {
        return List.copyOf(notCovered);
    }

    @Override
    public List<Instruction> cancelFailed(UUID entitlementId, YearMonth from, String reason) {
        calls.add("cancelFailed " + entitlementId + " " + from);
        List<Instruction> cancelled = byId.values().stream()
                .filter(i -> i.entitlementId().equals(entitlementId) && !i.month().isBefore(from)
                        && i.status() == InstructionStatus.FAILED)
                .map(i -> new Instruction(i.id(), i.entitlementId(), i.personId(), i.allowance(), i.month(),
                        i.amountFen(), i.county(), i.certificateNumber(), InstructionStatus.CANCELLED, i.attempt()))
                .toList();
        cancelled.forEach(i -> byId.put(i.id(), i));
        return cancelled;
    }

    @Override
    public Optional<Instruction> find(UUID instructionId) {
        return Optional.ofNullable(byId.get(instructionId));
    }

    @Override
    public Optional<Instruction> lock(UUID instructionId) {
        return Optional.ofNullable(byId.get(instructionId));
    }

    @Override
    public void settle(UUID instructionId, InstructionStatus status, @Nullable String failureReason,
            LocalDate settledOn) {
        settlements.add(instructionId + " " + status + " " + failureReason + " " + settledOn);
        Instruction i = byId.get(instructionId);
        if (i != null) {
            byId.put(i.id(), new Instruction(i.id(), i.entitlementId(), i.personId(), i.allowance(), i.month(),
                    i.amountFen(), i.county(), i.certificateNumber(), status, i.attempt()));
        }
    }
}
