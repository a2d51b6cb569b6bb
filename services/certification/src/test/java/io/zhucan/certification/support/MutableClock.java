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
        offset = Duration.between(LocalDate.now(Clock.system(zone)).atStartOfDay(zone), date.atStartOfDay(zone))
                .plusHours(10);
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
