package io.zhucan.subsidy;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The dependency rule of docs/developing.md: domain ← application ← adapters, adapters independent. */
class ArchitectureTest {

    private static final String[] DOMAIN = {"io.zhucan.subsidy.facts", "io.zhucan.subsidy.policy",
            "io.zhucan.subsidy.entitlement", "io.zhucan.subsidy.common"};

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages("io.zhucan.subsidy");

    @Test
    void theDomainDependsOnNoSpringAndNoAdapter() {
        noClasses().that().resideInAnyPackage(DOMAIN)
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "..application..",
                        "..web..", "..persistence..", "..messaging..", "java.sql..", "tools.jackson..")
                .check(classes);
    }

    @Test
    void applicationDoesNotDependOnAdapters() {
        noClasses().that().resideInAPackage("..application..")
                .should().dependOnClassesThat().resideInAnyPackage("io.zhucan.subsidy..web..",
                        "io.zhucan.subsidy..persistence..", "io.zhucan.subsidy..messaging..")
                .check(classes);
    }

    @Test
    void webDoesNotDependOnOtherAdapters() {
        noClasses().that().resideInAPackage("io.zhucan.subsidy..web..")
                .should().dependOnClassesThat().resideInAnyPackage("io.zhucan.subsidy..persistence..",
                        "io.zhucan.subsidy..messaging..")
                .check(classes);
    }

    @Test
    void persistenceDoesNotDependOnOtherAdapters() {
        noClasses().that().resideInAPackage("io.zhucan.subsidy..persistence..")
                .should().dependOnClassesThat().resideInAnyPackage("io.zhucan.subsidy..web..",
                        "io.zhucan.subsidy..messaging..")
                .check(classes);
    }

    @Test
    void messagingDoesNotDependOnOtherAdapters() {
        noClasses().that().resideInAPackage("io.zhucan.subsidy..messaging..")
                .should().dependOnClassesThat().resideInAnyPackage("io.zhucan.subsidy..web..",
                        "io.zhucan.subsidy..persistence..")
                .check(classes);
    }

    @Test
    void listenersOnlyTranslateAndDelegateToTheApplication() {
        noClasses().that().resideInAPackage("io.zhucan.subsidy..messaging.in..")
                .should().dependOnClassesThat().haveSimpleNameEndingWith("Store")
                .check(classes);
    }
}
