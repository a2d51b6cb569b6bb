package io.zhucan.backoffice.shared.config;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the back office finds Keycloak and the gateway. {@code issuerUri} is the realm as the browser
 * sees it (and as tokens name it); {@code backchannelUri} the same realm as this server reaches it
 * (another host name inside a container network); {@code gatewayUri} the platform's API.
 */
@ConfigurationProperties("zhucan.backoffice")
public record BackofficeProperties(URI issuerUri, URI backchannelUri, String clientId, String clientSecret,
        URI gatewayUri) {
}
