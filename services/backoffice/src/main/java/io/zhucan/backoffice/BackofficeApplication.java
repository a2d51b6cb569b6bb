package io.zhucan.backoffice;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The caseworkers' back office: server-rendered pages over the services' APIs. A backend for
 * frontend: the browser holds a session cookie only; the user's Keycloak tokens stay here and every
 * call goes through the gateway with the user's own access token, so the services decide everything.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class BackofficeApplication {

    public static void main(String[] args) {
        SpringApplication.run(BackofficeApplication.class, args);
    }
}
