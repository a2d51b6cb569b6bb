package io.zhucan.platform.testing.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The platform's architecture rules as a JUnit test, one test per rule: a service's
 * {@code ArchitectureTest} extends it with its root package.
 */
public abstract class ArchitectureRules {

    private final ServiceArchitecture architecture;

    protected ArchitectureRules(String rootPackage) {
        this.architecture = ServiceArchitecture.of(rootPackage);
    }

    @TestFactory
    Stream<DynamicTest> followsThePlatformArchitecture() {
        JavaClasses classes = architecture.classes();
        return architecture.rules().entrySet().stream()
                .map(rule -> DynamicTest.dynamicTest(rule.getKey(), () -> rule.getValue().check(classes)));
    }
}
