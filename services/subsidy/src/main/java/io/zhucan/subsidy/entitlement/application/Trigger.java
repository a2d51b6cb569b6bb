package io.zhucan.subsidy.entitlement.application;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** What caused an evaluation, and the date the change applies from (null for a policy change). */
public record Trigger(String name, @Nullable LocalDate date) {
}
