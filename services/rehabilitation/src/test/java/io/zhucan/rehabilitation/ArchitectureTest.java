package io.zhucan.rehabilitation;

import com.tngtech.archunit.core.domain.JavaClasses;
import io.zhucan.platform.testing.architecture.ServiceArchitecture;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The platform's one architecture rule set (docs/developing.md), one test per rule. */
class ArchitectureTest {

    private static final ServiceArchitecture ARCHITECTURE = ServiceArchitecture.of("io.zhucan.rehabilitation");

    @TestFactory
    Stream<DynamicTest> followsThePlatformArchitecture() {
        JavaClasses classes = ARCHITECTURE.classes();
        return ARCHITECTURE.rules().entrySet().stream()
                .map(rule -> DynamicTest.dynamicTest(rule.getKey(), () -> rule.getValue().check(classes)));
    }
}
