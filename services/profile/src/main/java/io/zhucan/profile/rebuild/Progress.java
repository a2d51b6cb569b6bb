package io.zhucan.profile.rebuild;

/**
 * How far a replay has come: records consumed (committed offsets) out of the records the topics
 * held when asked (end offsets), over every partition of every topic.
 */
public record Progress(long consumed, long total) {

    public boolean caughtUp() {
        return consumed >= total;
    }

    public double percent() {
        return total == 0 ? 100.0 : Math.floor(1000.0 * consumed / total) / 10.0;
    }
}
