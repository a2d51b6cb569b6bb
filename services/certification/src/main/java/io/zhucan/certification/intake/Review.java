package io.zhucan.certification.intake;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** The county review: who decided, what, why, when. */
public record Review(String reviewer, boolean approved, @Nullable String reason, Instant at) {
}
