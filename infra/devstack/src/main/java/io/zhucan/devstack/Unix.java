package io.zhucan.devstack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** The two facts about the user the launcher needs for PostgreSQL. */
final class Unix {

    private Unix() {
    }

    static boolean isRoot() {
        try {
            return new com.sun.security.auth.module.UnixSystem().getUid() == 0;
        } catch (UnsatisfiedLinkError | NoClassDefFoundError e) {
            return false; // not a Unix-like system
        }
    }

    static boolean userNamespacesWork(Path unshare) {
        try {
            Process p = new ProcessBuilder(List.of(unshare.toString(), "-U", "true"))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(Duration.ofSeconds(10).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)
                    && p.exitValue() == 0;
        } catch (java.io.IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
