package io.zhucan.rehabilitation;

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
            .importPackages("io.zhucan.rehabilitation");

    @Test
    void theDomainKnowsNothingOfSpringNorOfTheAdapters() {
        ArchRule rule = noClasses().that().resideInAnyPackage("io.zhucan.rehabilitation.(*)")
                .and().resideOutsideOfPackages("..application..", "..web..", "..persistence..", "..messaging..")
                .and().doNotHaveSimpleName("RehabilitationApplication")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "..application..", "..web..",
                        "..persistence..", "..messaging..", "io.zhucan.platform.security..", "io.zhucan.platform.messaging..",
                        "java.sql..")
                .because("the domain model is plain Java (ENGINEERING.md: NoSpringInDomainLogicTest)");
        rule.check(CLASSES);
    }

    @Test
    void useCasesDoNotDependOnAdapters() {
        noClasses().that().resideInAPackage("..application..")
                .should().dependOnClassesThat().resideInAnyPackage("io.zhucan.rehabilitation..web..",
                        "io.zhucan.rehabilitation..persistence..", "io.zhucan.rehabilitation..messaging..")
                .check(CLASSES);
    }

    @Test
    void adaptersDoNotDependOnEachOther() {
        noClasses().that().resideInAPackage("io.zhucan.rehabilitation..web..")
                .should().dependOnClassesThat().resideInAnyPackage("io.zhucan.rehabilitation..persistence..",
                        "io.zhucan.rehabilitation..messaging..")
                .check(CLASSES);
        noClasses().that().resideInAPackage("io.zhucan.rehabilitation..persistence..")
                .should().dependOnClassesThat().resideInAnyPackage("io.zhucan.rehabilitation..web..",
                        "io.zhucan.rehabilitation..messaging..")
                .check(CLASSES);
        noClasses().that().resideInAPackage("io.zhucan.rehabilitation..messaging..")
                .should().dependOnClassesThat().resideInAnyPackage("io.zhucan.rehabilitation..web..",
                        "io.zhucan.rehabilitation..persistence..")
                .check(CLASSES);
    }
}
