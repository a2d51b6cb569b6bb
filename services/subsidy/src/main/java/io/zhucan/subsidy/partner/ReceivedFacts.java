package io.zhucan.subsidy.partner;

import java.util.UUID;

/** The partner facts received over REST, one per partner and record id (port). */
public interface ReceivedFacts {

    /** @return false if this partner's record id was received before */
    boolean recordOnce(String partner, String factId, String eventType, UUID eventId);
}
