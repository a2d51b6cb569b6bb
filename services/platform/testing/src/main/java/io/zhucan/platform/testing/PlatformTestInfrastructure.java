package io.zhucan.platform.testing;

import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a Spring application under test at the JVM's shared real PostgreSQL, Kafka broker and
 * token issuer. Applied by {@link PlatformIntegrationTest}.
 */
public class PlatformTestInfrastructure implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestDatabase database = TestInfrastructure.database();
        TestBroker broker = TestInfrastructure.broker();
        TestJwtIssuer jwt = TestInfrastructure.jwtIssuer();
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("zhucan-test-infrastructure", Map.of(
                "spring.datasource.url", database.jdbcUrl(),
                "spring.datasource.username", database.username(),
                "spring.datasource.password", database.password(),
                "spring.kafka.bootstrap-servers", broker.bootstrapServers(),
                "spring.security.oauth2.resourceserver.jwt.issuer-uri", jwt.issuer(),
                "spring.security.oauth2.resourceserver.jwt.jwk-set-uri", jwt.jwkSetUri(),
                "zhucan.security.id-number-hash-key", TestJwtIssuer.ID_NUMBER_HASH_KEY)));
        TestInfrastructure.contextStarted();
        // destroyed last, after the context's consumers and schedulers have stopped
        ((DefaultSingletonBeanRegistry) context.getBeanFactory())
                .registerDisposableBean("zhucanTestInfrastructureRelease", TestInfrastructure::contextClosed);
    }
}
