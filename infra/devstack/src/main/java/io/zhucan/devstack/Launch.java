package io.zhucan.devstack;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * How a component's process is started.
 *
 * @param command the command line
 * @param workDir its working directory
 * @param env environment variables added to the launcher's
 * @param marker a string in the process's command line that identifies it as ours (see {@link PidFile})
 */
record Launch(List<String> command, Path workDir, Map<String, String> env, String marker) {

    static Launch of(List<String> command, Path workDir, String marker) {
        return new Launch(command, workDir, Map.of(), marker);
    }

    Launch withEnv(Map<String, String> env) {
        return new Launch(command, workDir, env, marker);
    }
}
