package io.zhucan.subsidy.fakes;

import io.zhucan.platform.messaging.outbox.OutboxBacklog;
import java.util.ArrayList;
import java.util.List;

/** The outbox backlog as a counter: never waits, records the bound of every wait asked for. */
public class PacedBacklog extends OutboxBacklog {

    public final List<Long> waits = new ArrayList<>();

    public PacedBacklog() {
        super(null);
    }

    @Override
    public long pending() {
        return 0;
    }

    @Override
    public synchronized void awaitBelow(long max) {
        waits.add(max);
    }
}
