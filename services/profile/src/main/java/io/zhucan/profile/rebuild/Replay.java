package io.zhucan.profile.rebuild;

/**
 * Replays every topic from offset zero into one generation of the model, in a consumer group of
 * its own, until stopped.
 */
public interface Replay {

    void start(int generation);

    boolean running(int generation);

    Progress progress(int generation);

    void stop(int generation);
}
