package io.zhucan.subsidy.notification;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The citizen's notices (port); the app reads them through the person's file. */
public interface Notices {

    void send(UUID personId, @Nullable UUID entitlementId, NoticeKind kind, String message);

    /** Many notices in one go, kept in their order. */
    default void sendAll(List<Notice> notices) {
        notices.forEach(n -> send(n.personId(), n.entitlementId(), n.kind(), n.message()));
    }
}
