package io.zhucan.subsidy.fakes;

import io.zhucan.subsidy.notification.NoticeKind;
import io.zhucan.subsidy.notification.Notices;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The notices sent, in order. */
public class RecordedNotices implements Notices {

    public record Notice(UUID personId, @Nullable UUID entitlementId, NoticeKind kind, String message) {
    }

    public final List<Notice> sent = new ArrayList<>();

    @Override
    public void send(UUID personId, @Nullable UUID entitlementId, NoticeKind kind, String message) {
        sent.add(new Notice(personId, entitlementId, kind, message));
    }

    public List<NoticeKind> kinds() {
        return sent.stream().map(Notice::kind).toList();
    }
}
