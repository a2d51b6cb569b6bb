package io.zhucan.platform.messaging.deadletter;

import java.util.UUID;

/**
 * A record of a person (record key) who has a parked record: it is parked behind it, not applied,
 * so the person's events stay in order until an operator resolves the first one.
 */
public class HeldBehindParkedRecord extends RuntimeException {

    public HeldBehindParkedRecord(UUID blocking) {
        super("held behind parked record " + blocking);
    }
}
