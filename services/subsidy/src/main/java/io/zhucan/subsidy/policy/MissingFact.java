package io.zhucan.subsidy.policy;

import java.util.Arrays;
import java.util.Optional;

/** What the rules need and do not know: a decision missing one of these is undecidable (a caseworker decides). */
public enum MissingFact {
    INSTITUTIONAL_CARE("INSTITUTIONAL_CARE"),
    LIVING_AMOUNT("POLICY.AMOUNT.LIVING"),
    NURSING_AMOUNT("POLICY.AMOUNT.NURSING");

    private final String id;

    MissingFact(String id) {
        this.id = id;
    }

    /** The id in decisions and events, e.g. {@code POLICY.AMOUNT.LIVING}. */
    public String id() {
        return id;
    }

    public static Optional<MissingFact> byId(String id) {
        return Arrays.stream(values()).filter(m -> m.id.equals(id)).findFirst();
    }
}
