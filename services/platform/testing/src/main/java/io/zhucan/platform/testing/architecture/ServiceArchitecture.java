package io.zhucan.platform.testing.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The one architecture rule set of every service (docs/developing.md), found by convention: a
 * service's features are the packages right below its root ({@code io.zhucan.subsidy.payment});
 * a feature's domain is the feature package itself and any subpackage that is not an adapter or
 * its application layer; adapters are {@code web}, {@code persistence} and {@code messaging}, and
 * may use the helpers of their kind in the {@code shared} feature ({@code shared.web}).
 */
public final class ServiceArchitecture {

    /** The layers of a feature that are not its domain. */
    static final Set<String> LAYERS = Set.of("application", "web", "persistence", "messaging", "config");
    static final Set<String> ADAPTERS = Set.of("web", "persistence", "messaging");
    /** The feature whose adapter helpers every adapter of the same kind may use. */
    static final String SHARED = "shared";
    /** What a domain never depends on: frameworks, I/O and the platform's adapters. */
    private static final String[] FRAMEWORKS = {"org.springframework..", "java.sql..", "javax.sql..",
            "org.apache.kafka..", "tools.jackson..", "com.fasterxml.jackson.databind..", "jakarta.servlet..",
            "io.zhucan.platform.messaging..", "io.zhucan.platform.security.."};

    private final String root;

    private ServiceArchitecture(String root) {
        this.root = root;
    }

    /** The rules for the service whose classes live under {@code rootPackage}. */
    public static ServiceArchitecture of(String rootPackage) {
        return new ServiceArchitecture(rootPackage);
    }

    /** The service's production classes (tests and jars left out). */
    public JavaClasses classes() {
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages(root);
    }

    /** Every rule by name, for a JUnit {@code @TestFactory} (one test each, so a failure names its rule). */
    public Map<String, ArchRule> rules() {
        Map<String, ArchRule> rules = new LinkedHashMap<>();
        rules.put("no cycle between features", noFeatureCycles());
        rules.put("the domain is plain Java", plainDomain());
        rules.put("the domain knows no application layer and no adapter", domainInward());
        rules.put("the application layer knows no adapter", applicationInward());
        rules.put("an adapter calls inward only", adaptersInward());
        return rules;
    }

    /** Checks every rule on the service's classes; throws the first violation. */
    public void check() {
        check(classes());
    }

    /** Checks every rule on {@code classes}; throws the first violation. */
    public void check(JavaClasses classes) {
        rules().values().forEach(rule -> rule.check(classes));
    }

    ArchRule noFeatureCycles() {
        return slices().matching(root + ".(*)..").namingSlices("feature $1").should().beFreeOfCycles()
                .because("features depend in one direction (docs/developing.md)");
    }

    ArchRule plainDomain() {
        return noClasses().that(inDomain()).should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
                .allowEmptyShould(true)
                .because("the domain model is plain Java: no Spring, JDBC, Kafka or JSON mapping in it");
    }

    ArchRule domainInward() {
        return noClasses().that(inDomain()).should().dependOnClassesThat(inLayer(LAYERS))
                .allowEmptyShould(true)
                .because("the domain depends on nothing outside the domain");
    }

    ArchRule applicationInward() {
        return noClasses().that(inLayer(Set.of("application"))).should().dependOnClassesThat(inLayer(ADAPTERS))
                .allowEmptyShould(true)
                .because("use cases reach adapters only through ports");
    }

    ArchRule adaptersInward() {
        return com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes().that(inLayer(ADAPTERS))
                .should(new ArchCondition<JavaClass>("depend on no other adapter") {
                    @Override
                    public void check(JavaClass item, ConditionEvents events) {
                        Optional<Place> from = place(item);
                        for (Dependency dependency : item.getDirectDependenciesFromSelf()) {
                            Optional<Place> to = place(dependency.getTargetClass());
                            if (from.isPresent() && to.isPresent() && !from.get().mayUse(to.get())) {
                                events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                            }
                        }
                    }
                })
                .allowEmptyShould(true)
                .because("adapters call the application and the domain, never another adapter");
    }

    private DescribedPredicate<JavaClass> inDomain() {
        return DescribedPredicate.describe("in a domain package of " + root,
                c -> place(c).map(p -> p.layer() == null).orElse(false));
    }

    private DescribedPredicate<JavaClass> inLayer(Set<String> layers) {
        return DescribedPredicate.describe("in a layer " + layers + " of " + root,
                c -> place(c).map(p -> p.layer() != null && layers.contains(p.layer())).orElse(false));
    }

    /** Feature and layer of a class of this service (a layer of null is the domain); empty for other classes. */
    Optional<Place> place(JavaClass c) {
        String name = c.getPackageName();
        if (!name.startsWith(root + ".")) {
            return Optional.empty();
        }
        String[] parts = name.substring(root.length() + 1).split("\\.");
        for (int i = 1; i < parts.length; i++) {
            if (LAYERS.contains(parts[i])) {
                String adapter = ADAPTERS.contains(parts[i]) && i + 1 < parts.length ? parts[i + 1] : "";
                return Optional.of(new Place(parts[0], parts[i], adapter));
            }
        }
        return Optional.of(new Place(parts[0], null, ""));
    }

    /** Where a class lives: its feature, its layer (null: domain) and, for messaging, in or out. */
    record Place(String feature, String layer, String direction) {

        boolean isAdapter() {
            return layer != null && ADAPTERS.contains(layer);
        }

        /** An adapter uses its own adapter package, or the shared helpers of its kind ({@code shared.web}). */
        boolean mayUse(Place target) {
            return !target.isAdapter() || target.equals(this)
                    || (SHARED.equals(target.feature) && target.layer.equals(layer));
        }
    }
}
