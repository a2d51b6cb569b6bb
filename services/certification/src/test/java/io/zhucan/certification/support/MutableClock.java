package io.zhucan.certification.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** The service's clock in tests: real time, shifted when a test moves to another day. */
public class MutableClock extends Clock {

    private final ZoneId zone;
    private volatile Duration offset = Duration.ZERO;

    public MutableClock(ZoneId zone) {
        this.zone = zone;
    }

    public void advance(Duration by) {
        offset = offset.plus(by);
    }

    public void moveTo(LocalDate date) {
        // 10:00 on that day whatever the time of day now (a day's start plus 10 h would pass midnight
        // when the tests run after 14:00 in the province)
        offset = Duration.between(Instant.now(), date.atTime(10, 0).atZone(zone).toInstant());
    }

    public void reset() {
        offset = Duration.ZERO;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        throw new UnsupportedOperationException("the service works in the province's time zone");
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }
}
