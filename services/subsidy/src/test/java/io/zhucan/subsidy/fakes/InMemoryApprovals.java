package io.zhucan.subsidy.fakes;

import io.zhucan.subsidy.approval.Approval;
import io.zhucan.subsidy.approval.ApprovalStatus;
import io.zhucan.subsidy.approval.Approvals;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The approval requests in memory. */
public class InMemoryApprovals implements Approvals {

    public final Map<UUID, Approval> requests = new LinkedHashMap<>();

    @Override
    public void add(Approval approval) {
        requests.put(approval.id(), approval);
    }

    @Override
    public Optional<Approval> lock(UUID id) {
        return Optional.ofNullable(requests.get(id));
    }

    @Override
    public void decided(Approval approval) {
        requests.put(approval.id(), approval);
    }

    @Override
    public Optional<Approval> find(UUID id) {
        return Optional.ofNullable(requests.get(id));
    }

    @Override
    public List<Approval> pending(int limit) {
        return requests.values().stream().filter(a -> a.status() == ApprovalStatus.PENDING)
                .sorted(Comparator.comparing(Approval::requestedAt)).limit(limit).toList();
    }
}
