package io.zhucan.platform.events;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * A fact reported by a partner department (civil affairs, health insurance). Partners identify the
 * person by the resident ID number and each fact by their own record id ({@code factId}); the
 * event id is derived from the partner, the fact's type and that record id, so the same fact
 * delivered twice (over Kafka or the partner REST endpoint) is recognised as one, while a partner's
 * record ids need only be unique per type (a death may reuse a low-income record's id).
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
        return factEventId(partner(), EventCatalog.of(getClass()).name(), factId());
    }

    @Override
    default String partitionKey() {
        return idNumber();
    }

    static UUID factEventId(String partner, String type, String factId) {
        return UUID.nameUUIDFromBytes((partner + ":" + type + ":" + factId).getBytes(StandardCharsets.UTF_8));
    }
}
