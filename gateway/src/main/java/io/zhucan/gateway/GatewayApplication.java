package io.zhucan.gateway;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The one entry for the citizens' app, the back office and partner systems: routes {@code /api/**} to
 * the services, validates Keycloak JWTs and relays them, limits rates, breaks circuits and times out
 * slow services with problem+json answers, and serves the aggregated OpenAPI documentation.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class GatewayApplication {

    public static void main(String[] args) {
        SpringApplication.run(GatewayApplication.class, args);
    }
}
