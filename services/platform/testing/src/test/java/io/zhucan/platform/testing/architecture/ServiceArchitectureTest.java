package io.zhucan.platform.testing.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The shared rule set passes a well-shaped service and fails on each kind of back-import. */
class ServiceArchitectureTest {

    private static final String FIXTURES = "io.zhucan.platform.testing.architecture.fixture.";

    private static JavaClasses classesOf(String service) {
        return new ClassFileImporter().importPackages(FIXTURES + service);
    }

    @Test
    void aServiceWhoseFeaturesDependInOneDirectionPasses() {
        assertThatCode(() -> ServiceArchitecture.of(FIXTURES + "good").check(classesOf("good")))
                .doesNotThrowAnyException();
    }

    @ParameterizedTest
    @CsvSource({
            "cycle,    no cycle between features",
            "spring,   the domain is plain Java",
            "inward,   the domain knows no application layer and no adapter",
            "layers,   the application layer knows no adapter",
            "adapters, an adapter calls inward only"})
    void eachBackImportBreaksItsRule(String service, String rule) {
        ServiceArchitecture architecture = ServiceArchitecture.of(FIXTURES + service);
        JavaClasses classes = classesOf(service);
        assertThatThrownBy(() -> architecture.rules().get(rule).check(classes)).isInstanceOf(AssertionError.class);
        // and only that rule: the others pass
        architecture.rules().forEach((name, other) -> {
            if (!name.equals(rule)) {
                assertThatCode(() -> other.check(classes)).as(name).doesNotThrowAnyException();
            }
        });
    }

    @Test
    void placesClassesByConvention() {
        ServiceArchitecture architecture = ServiceArchitecture.of(FIXTURES + "good");
        JavaClasses classes = classesOf("good");
        assertThat(architecture.place(classes.get(FIXTURES + "good.alpha.Alpha")).orElseThrow().layer()).isNull();
        assertThat(architecture.place(classes.get(FIXTURES + "good.alpha.web.AlphaController")).orElseThrow()
                .isAdapter()).isTrue();
    }
}
