package io.zhucan.subsidy.entitlement;

import io.zhucan.platform.events.vocabulary.Allowance;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Who overrode which allowance of whom, how and why (port): kept for audit. */
public interface OverrideAudit {

    void record(UUID personId, Allowance allowance, Overrides.Action action, String reason, String actor,
            @Nullable String actorRegion, @Nullable Long amountFen);
}
