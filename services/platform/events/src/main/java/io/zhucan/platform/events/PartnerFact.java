package io.zhucan.platform.events;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * A fact reported by a partner department (civil affairs, health insurance). Partners identify the
 * person by the resident ID number and each fact by their own record id ({@code factId}); the
 * event id is derived from the partner and that record id, so the same fact delivered twice (over
 * Kafka or the partner REST endpoint) is recognised as one.
 */
public interface PartnerFact extends IntegrationEvent {

    /** The partner department's own id of this record. */
    String factId();

    /** Resident ID number (GB 11643) of the person the fact is about. */
    String idNumber();

    /** Short partner name, e.g. {@code civil-affairs}. */
    String partner();

    @Override
    default UUID eventId() {
        return factEventId(partner(), factId());
    }

    @Override
    default String partitionKey() {
        return idNumber();
    }

    static UUID factEventId(String partner, String factId) {
        return UUID.nameUUIDFromBytes((partner + ":" + factId).getBytes(StandardCharsets.UTF_8));
    }
}
