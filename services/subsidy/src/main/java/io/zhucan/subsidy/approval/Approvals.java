package io.zhucan.subsidy.approval;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The requests for approval (port); kept after their decision as the audit of both names. */
public interface Approvals {

    void add(Approval approval);

    /** The request, locked until the deciding transaction ends, so two approvers cannot both carry it out. */
    Optional<Approval> lock(UUID id);

    void decided(Approval approval);

    Optional<Approval> find(UUID id);

    /** Pending requests, oldest first. */
    List<Approval> pending(int limit);
}
