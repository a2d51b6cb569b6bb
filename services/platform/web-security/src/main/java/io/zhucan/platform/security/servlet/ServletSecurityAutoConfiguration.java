package io.zhucan.platform.security.servlet;

import io.zhucan.platform.security.IdNumberHash;
import io.zhucan.platform.security.KeycloakJwt;
import io.zhucan.platform.security.ManagementPort;
import io.zhucan.platform.security.audit.PersonAccess;
import io.zhucan.platform.security.audit.PersonFileAudit;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.PropertySource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every servlet service is an OAuth2 resource server for the platform's Keycloak realm: stateless,
 * JWT-only, audience-checked, roles from {@code realm_access}, method security on, errors as
 * problem+json. Only health, API docs and the configured public paths are open without a token,
 * and no handler method without an explicit rule is open at all ({@link EndpointRules}).
 */
@AutoConfiguration(beforeName = "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
        afterName = {"org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration",
                "org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration"})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableMethodSecurity(jsr250Enabled = true)
@EnableConfigurationProperties(PlatformSecurityProperties.class)
@PropertySource("classpath:zhucan-security-defaults.properties")
public class ServletSecurityAutoConfiguration {

    static final List<String> ALWAYS_OPEN = List.of("/actuator/health/**", "/actuator/info", "/v3/api-docs/**",
            "/error");

    @Bean
    ManagementPort managementPort() {
        return new ManagementPort();
    }

    /** Actuator's own port (health, Prometheus): open, network-restricted instead (see {@link ManagementPort}). */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain managementPortSecurityFilterChain(HttpSecurity http, ManagementPort managementPort) throws Exception {
        return http
                .securityMatcher(request -> managementPort.is(request.getLocalPort()))
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .build();
    }

    @Bean
    SecurityFilterChain platformSecurityFilterChain(HttpSecurity http, PlatformSecurityProperties properties,
            ProblemSecurityHandlers problems) throws Exception {
        String[] open = Stream.concat(ALWAYS_OPEN.stream(), properties.publicPaths().stream()).toArray(String[]::new);
        return http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(open).permitAll()
                        .anyRequest().authenticated())
                .oauth2ResourceServer(oauth -> oauth
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(KeycloakJwt.authenticationConverter()))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // bearer tokens in a header, no cookies: no CSRF exposure
                .csrf(csrf -> csrf.disable())
                .build();
    }

    @Bean
    ProblemSecurityHandlers problemSecurityHandlers(JsonMapper json) {
        return new ProblemSecurityHandlers(json);
    }

    @Bean
    PlatformProblemHandler platformProblemHandler() {
        return new PlatformProblemHandler();
    }

    @Bean
    DomainProblems domainProblems() {
        return new DomainProblems();
    }

    @Bean
    FilterRegistrationBean<RequestIdFilter> requestIdFilter() {
        FilterRegistrationBean<RequestIdFilter> registration = new FilterRegistrationBean<>(new RequestIdFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    WebMvcConfigurer currentUserParameters() {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new CurrentUserArgumentResolver());
            }

            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(new DenyUnruledEndpoints());
            }
        };
    }

    @Bean
    @ConditionalOnBean(JdbcClient.class)
    PersonFileAudit personFileAudit(JdbcClient jdbc, PlatformTransactionManager transactions) {
        return new PersonFileAudit(jdbc, transactions);
    }

    @Bean
    @ConditionalOnBean(PersonFileAudit.class)
    PersonAccess personAccess(PersonFileAudit audit) {
        return new PersonAccess(audit);
    }

    @Bean
    @ConditionalOnBean(PersonFileAudit.class)
    PendingAuditAdvice pendingAuditAdvice(PersonFileAudit audit) {
        return new PendingAuditAdvice(audit);
    }

    @Bean
    @ConditionalOnBean(PersonFileAudit.class)
    FilterRegistrationBean<PendingAuditFilter> pendingAuditFilter(PersonFileAudit audit) {
        FilterRegistrationBean<PendingAuditFilter> registration = new FilterRegistrationBean<>(new PendingAuditFilter(audit));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    /** For services that check a citizen's verified identity (self-service): the key the realm shares. */
    @Bean
    @ConditionalOnProperty("zhucan.security.id-number-hash-key")
    IdNumberHash idNumberHash(@Value("${zhucan.security.id-number-hash-key}") String key) {
        return new IdNumberHash(key);
    }
}
