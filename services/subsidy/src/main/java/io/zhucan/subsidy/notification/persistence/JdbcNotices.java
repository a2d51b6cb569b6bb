package io.zhucan.subsidy.notification.persistence;

import io.zhucan.subsidy.notification.NoticeKind;
import io.zhucan.subsidy.notification.Notices;
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
        // clock_timestamp: several notices of one transaction keep their order
        jdbc.sql("""
                        INSERT INTO notification (id, person_id, entitlement_id, kind, message, created_at)
                        VALUES (:id, :person, :entitlement, :kind, :message, clock_timestamp())""")
                .param("id", UUID.randomUUID()).param("person", personId).param("entitlement", entitlementId)
                .param("kind", kind.name()).param("message", message).update();
    }
}
