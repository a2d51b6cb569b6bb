package io.zhucan.platform.security;

import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;

/**
 * The port of actuator's own server ({@code management.server.port}) once it listens. Requests on it
 * need no user token: it serves health and metrics (Prometheus) only, and is reached from inside the
 * cluster's network alone (a NetworkPolicy, 127.0.0.1 locally), never through the gateway's ingress.
 * Without a separate management port nothing matches, and the main port's rules apply to actuator too.
 */
public final class ManagementPort implements ApplicationListener<WebServerInitializedEvent> {

    private volatile int port = -1;

    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        if ("management".equals(event.getApplicationContext().getServerNamespace())) {
            port = event.getWebServer().getPort();
        }
    }

    /** Whether a request that arrived on {@code localPort} came in through the management server. */
    public boolean is(int localPort) {
        return port > 0 && localPort == port;
    }
}
