package io.zhucan.devstack;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

/** Polls a condition until it holds or a deadline passes: every wait in the launcher is one of these. */
public final class Poll {

    private Poll() {
    }

    /**
     * Calls {@code check} until it returns a value or {@code timeout} passes.
     *
     * @param check returns the result once the condition holds, empty while it does not
     * @param abort checked before each attempt; a non-empty answer stops waiting with that reason
     * @return the result, or empty after the timeout
     */
    public static <T> Optional<T> until(Duration timeout, Duration interval, Supplier<Optional<T>> check,
            Supplier<Optional<String>> abort) {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            Optional<String> reason = abort.get();
            if (reason.isPresent()) {
                throw new Aborted(reason.get());
            }
            Optional<T> result = check.get();
            if (result.isPresent() || Instant.now().isAfter(deadline)) {
                return result;
            }
            pause(interval);
        }
    }

    public static boolean until(Duration timeout, Duration interval, Supplier<Boolean> condition) {
        return until(timeout, interval, () -> condition.get() ? Optional.of(true) : Optional.<Boolean>empty(),
                Optional::empty).isPresent();
    }

    private static void pause(Duration interval) {
        try {
            Thread.sleep(interval);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Aborted("interrupted");
        }
    }

    /** The wait was given up early (the process died, or the user pressed Ctrl-C). */
    public static final class Aborted extends RuntimeException {
        Aborted(String reason) {
            super(reason);
        }
    }
}
