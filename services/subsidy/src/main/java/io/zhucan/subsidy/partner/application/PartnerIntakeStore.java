package io.zhucan.subsidy.partner.application;

import java.util.UUID;

/** Port: the partner facts received over REST, one per partner and record id. */
public interface PartnerIntakeStore {

    /** @return false if this partner's record id was received before */
    boolean recordOnce(String partner, String factId, String eventType, UUID eventId);
}
