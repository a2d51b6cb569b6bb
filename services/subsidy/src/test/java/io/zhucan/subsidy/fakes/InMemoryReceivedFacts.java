package io.zhucan.subsidy.fakes;

import io.zhucan.subsidy.partner.ReceivedFacts;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** The partner facts received, keyed by partner and record id like the table; the value is type and event id. */
public class InMemoryReceivedFacts implements ReceivedFacts {

    public final Map<String, String> received = new LinkedHashMap<>();

    @Override
    public boolean recordOnce(String partner, String factId, String eventType, UUID eventId) {
        return received.putIfAbsent(partner + ":" + eventType + ":" + factId, eventType + " " + eventId) == null;
    }
}
