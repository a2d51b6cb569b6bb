package io.zhucan.platform.testing;

/** The Kafka broker the tests of one JVM share. */
public interface TestBroker {

    String bootstrapServers();

    /** Makes the broker unavailable to clients until {@link #restart()} (broker-outage tests). */
    void stop();

    void restart();
}
