package io.zhucan.gateway.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.server.RequestPredicates;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/** Request ids, problem+json errors and the circuit breakers' fallback. */
@Configuration(proxyBeanMethods = false)
public class GatewayWebConfiguration {

    @Bean
    RequestIdFilter requestIdFilter() {
        return new RequestIdFilter();
    }

    @Bean
    SingleValuedResponseHeaders singleValuedResponseHeaders() {
        return new SingleValuedResponseHeaders();
    }

    @Bean
    ProblemErrorHandler problemErrorHandler() {
        return new ProblemErrorHandler();
    }

    @Bean
    RouterFunction<ServerResponse> serviceFallbackRoutes() {
        ServiceFallback fallback = new ServiceFallback();
        return RouterFunctions.route(RequestPredicates.path("/fallback/{route}"), fallback::handle);
    }
}
