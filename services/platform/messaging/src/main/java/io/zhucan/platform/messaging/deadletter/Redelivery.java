package io.zhucan.platform.messaging.deadletter;

import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * This service's consumers, as a replay reaches them: a parked record is handed to the dispatcher
 * of its topic, the one its listener uses, instead of being sent back to a topic the service may
 * not write (docs/adr/0013).
 */
public interface Redelivery {

    /** Whether a consumer of this service reads the topic. */
    boolean consumes(String topic);

    /** Processes the record as its listener would; a failure is thrown, as to the listener's error handler. */
    void redeliver(ConsumerRecord<String, byte[]> record);
}
