package io.zhucan.subsidy.entitlement;

import io.zhucan.subsidy.facts.FactChange;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What caused an evaluation: a changed fact (with the date the change applies from) or a policy
 * version coming into force (no date: it applies from its effective month). {@code name} is what
 * decisions and amount changes record, e.g. {@code civil-affairs.death} or {@code policy.v3}.
 */
public record Trigger(String name, @Nullable LocalDate date) {

    public Trigger {
        if (name.isBlank()) {
            throw new IllegalArgumentException("a trigger has a name");
        }
    }

    public static Trigger fact(FactChange change, LocalDate effectiveOn) {
        return new Trigger(change.id(), effectiveOn);
    }

    public static Trigger policy(long version) {
        return new Trigger("policy.v" + version, null);
    }
}
