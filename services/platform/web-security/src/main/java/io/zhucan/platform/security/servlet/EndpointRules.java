package io.zhucan.platform.security.servlet;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.annotation.MergedAnnotations.SearchStrategy;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Controller;
import org.springframework.util.ClassUtils;
import org.springframework.util.ReflectionUtils;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Deny by default: every handler method says who may call it, on itself or its class, with
 * {@code @PreAuthorize} (also {@code "permitAll()"} for public endpoints), {@code @PostAuthorize},
 * {@code @Secured} or the Jakarta {@code @RolesAllowed}/{@code @PermitAll}/{@code @DenyAll}. A valid
 * token alone opens nothing. {@link DenyUnruledEndpoints} refuses the others at run time; each
 * service's tests call {@link #withoutRule(String)} so a forgotten rule fails the build first.
 */
public final class EndpointRules {

    private static final Set<String> RULES = Set.of(
            "org.springframework.security.access.prepost.PreAuthorize",
            "org.springframework.security.access.prepost.PostAuthorize",
            "org.springframework.security.access.annotation.Secured",
            "jakarta.annotation.security.RolesAllowed",
            "jakarta.annotation.security.PermitAll",
            "jakarta.annotation.security.DenyAll");

    /** Handlers of the framework itself (error page, API docs) have their rules in the filter chain. */
    private static final List<String> FRAMEWORK_PACKAGES = List.of("org.springframework.", "org.springdoc.");

    public static boolean hasRule(Method handler, Class<?> controller) {
        return FRAMEWORK_PACKAGES.stream().anyMatch(controller.getName()::startsWith)
                || declaresRule(handler) || declaresRule(controller);
    }

    /**
     * The handler methods of the controllers in {@code basePackage} (and below) without an explicit
     * rule, as {@code Controller#method}: every service asserts in a test that there are none.
     */
    public static List<String> withoutRule(String basePackage) {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Controller.class));
        List<String> unruled = new ArrayList<>();
        for (var candidate : scanner.findCandidateComponents(basePackage)) {
            Class<?> controller = ClassUtils.resolveClassName(candidate.getBeanClassName(), EndpointRules.class.getClassLoader());
            for (Method method : ReflectionUtils.getUniqueDeclaredMethods(controller, ReflectionUtils.USER_DECLARED_METHODS)) {
                if (AnnotatedElementUtils.hasAnnotation(method, RequestMapping.class) && !hasRule(method, controller)) {
                    unruled.add(controller.getName() + "#" + method.getName());
                }
            }
        }
        return unruled.stream().sorted().toList();
    }

    private static boolean declaresRule(AnnotatedElement element) {
        return MergedAnnotations.from(element, SearchStrategy.TYPE_HIERARCHY).stream()
                .anyMatch(annotation -> RULES.contains(annotation.getType().getName()));
    }

    private EndpointRules() {
    }
}
