package io.zhucan.subsidy.notification.persistence;

import io.zhucan.subsidy.notification.Notice;
import io.zhucan.subsidy.notification.NoticeKind;
import io.zhucan.subsidy.notification.Notices;
import io.zhucan.subsidy.shared.persistence.JsonRows;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcNotices implements Notices {

    private final JdbcClient jdbc;

    JdbcNotices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void send(UUID personId, @Nullable UUID entitlementId, NoticeKind kind, String message) {
        sendAll(List.of(new Notice(personId, entitlementId, kind, message)));
    }

    @Override
    public void sendAll(List<Notice> notices) {
        if (notices.isEmpty()) {
            return;
        }
        JsonRows rows = new JsonRows();
        for (int i = 0; i < notices.size(); i++) {
            Notice n = notices.get(i);
            rows.add().put("id", JsonRows.text(UUID.randomUUID())).put("person_id", JsonRows.text(n.personId()))
                    .put("entitlement_id", JsonRows.text(n.entitlementId())).put("kind", n.kind().name())
                    .put("message", n.message()).put("seq", i);
        }
        // clock_timestamp plus the position: several notices of one transaction keep their order
        jdbc.sql("""
                        INSERT INTO notification (id, person_id, entitlement_id, kind, message, created_at)
                        SELECT id, person_id, entitlement_id, kind, message, clock_timestamp() + seq * interval '1 microsecond'
                        FROM jsonb_to_recordset(CAST(:rows AS jsonb)) AS r(id uuid, person_id uuid, entitlement_id uuid,
                            kind text, message text, seq int)""")
                .param("rows", rows.json()).update();
    }
}
