package io.zhucan.e2e;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * How the {@link E2eEnvironment} of a test JVM starts its application processes, for a test class that
 * needs something else than the defaults (the benchmark: full JIT, no throttling). The first test class
 * of the JVM decides: the environment is started once.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@interface E2eSettings {

    /** JVM options of the gateway and service processes. */
    String[] jvmOptions() default {"-Xmx512m", "-XX:TieredStopAtLevel=1"};

    /** Extra command-line arguments of the gateway. */
    String[] gatewayArguments() default {};
}
