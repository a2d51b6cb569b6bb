package io.zhucan.subsidy.notification;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A notice to the citizen, about one of their entitlements or none. */
public record Notice(UUID personId, @Nullable UUID entitlementId, NoticeKind kind, String message) {
}
