package io.zhucan.platform.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * The raw floor of a benchmark that ends on Kafka: the same records sent by a plain producer, no
 * database, everything in flight at once; the seconds until the last acknowledgement.
 */
public final class ProducerFloor {

    public static double seconds(Producer<String, byte[]> producer, int records,
            IntFunction<ProducerRecord<String, byte[]>> record) throws InterruptedException, ExecutionException {
        long started = System.nanoTime();
        List<Future<?>> sends = new ArrayList<>(records);
        for (int i = 0; i < records; i++) {
            sends.add(producer.send(record.apply(i)));
        }
        for (Future<?> send : sends) {
            send.get();
        }
        return Math.round((System.nanoTime() - started) / 1e7) / 100.0;
    }

    private ProducerFloor() {
    }
}
