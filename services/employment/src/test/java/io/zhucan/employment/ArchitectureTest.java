package io.zhucan.employment;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/** The dependency rule of docs/developing.md: domain ← application ← adapters, adapters apart. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.zhucan.employment");

    private static final String[] ADAPTERS = {"..web..", "..persistence..", "..messaging.."};

    @Test
    void theDomainKnowsNothingOfSpringNorOfTheAdapters() {
        ArchRule rule = noClasses().that().resideInAnyPackage("io.zhucan.employment.(*)")
                .and().resideOutsideOfPackages("..application..", "..web..", "..persistence..", "..messaging..")
                .and().doNotHaveSimpleName("EmploymentApplication")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "..application..", "..web..",
                        "..persistence..", "..messaging..", "io.zhucan.platform.security..", "io.zhucan.platform.messaging..")
                .because("the domain model is plain Java (ENGINEERING.md: NoSpringInDomainLogicTest)");
        rule.check(CLASSES);
    }

    @Test
    void useCasesDoNotDependOnAdapters() {
        noClasses().that().resideInAPackage("..application..")
                .should().dependOnClassesThat().resideInAnyPackage("io.zhucan.employment..web..",
                        "io.zhucan.employment..persistence..", "io.zhucan.employment..messaging..")
                .check(CLASSES);
    }

    @Test
    void adaptersDoNotDependOnEachOther() {
        noClasses().that().resideInAPackage("..web..")
                .should().dependOnClassesThat().resideInAnyPackage("io.zhucan.employment..persistence..",
                        "io.zhucan.employment..messaging..")
                .check(CLASSES);
        noClasses().that().resideInAPackage("io.zhucan.employment..persistence..")
                .should().dependOnClassesThat().resideInAnyPackage("io.zhucan.employment..web..",
                        "io.zhucan.employment..messaging..")
                .check(CLASSES);
        noClasses().that().resideInAPackage("io.zhucan.employment..messaging..")
                .should().dependOnClassesThat().resideInAnyPackage("io.zhucan.employment..web..",
                        "io.zhucan.employment..persistence..")
                .check(CLASSES);
    }
}
