package io.zhucan.subsidy.entitlement;

import io.zhucan.platform.events.vocabulary.Allowance;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Who overrode which allowance of whom, how and why, and who approved it where a second person had to (port). */
public interface OverrideAudit {

    void record(UUID personId, Allowance allowance, Overrides.Action action, String reason, String actor,
            @Nullable String actorRegion, @Nullable Long amountFen, @Nullable String approvedBy);
}
