package io.zhucan.subsidy.entitlement.application;

import io.zhucan.platform.events.vocabulary.Allowance;
import java.math.BigDecimal;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/** A manual grant at a reviewer's own amount, waiting for a second reviewer (the approval's payload). */
record ManualGrant(UUID personId, Allowance allowance, String reason, long amountFen, @Nullable String requesterRegion) {

    static final String KIND = "manual-grant";
    static final JsonMapper JSON = JsonMapper.builder().build();

    /** What it does, without personal data (the person by id only). */
    String summary() {
        return "grant " + allowance + " at " + BigDecimal.valueOf(amountFen, 2).toPlainString() + " 元/month, above the policy"
                + " amount, to person " + personId;
    }
}
