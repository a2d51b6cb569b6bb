package io.zhucan.e2e;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts the {@link E2eEnvironment} once for every test class of the JVM (kept in JUnit's root store,
 * closed when the whole run ends, passed or failed) and injects it into test methods.
 */
final class E2eExtension implements BeforeAllCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(E2eExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        environment(context);
    }

    private static E2eEnvironment environment(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .computeIfAbsent(E2eEnvironment.class, key -> E2eEnvironment.start(settings(context)),
                        E2eEnvironment.class);
    }

    private static E2eSettings settings(ExtensionContext context) {
        E2eSettings own = context.getTestClass().map(c -> c.getAnnotation(E2eSettings.class)).orElse(null);
        return own != null ? own : Defaults.class.getAnnotation(E2eSettings.class);
    }

    @E2eSettings
    private static final class Defaults {
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == E2eEnvironment.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return environment(context);
    }
}
