package io.zhucan.subsidy.partner.persistence;

import io.zhucan.subsidy.partner.ReceivedFacts;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcReceivedFacts implements ReceivedFacts {

    private final JdbcClient jdbc;

    JdbcReceivedFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean recordOnce(String partner, String factId, String eventType, UUID eventId) {
        return jdbc.sql("""
                        INSERT INTO partner_fact_intake (partner, fact_id, event_type, event_id, received_at)
                        VALUES (:partner, :factId, :type, :eventId, now()) ON CONFLICT DO NOTHING""")
                .param("partner", partner).param("factId", factId).param("type", eventType).param("eventId", eventId)
                .update() == 1;
    }
}
