package io.zhucan.gateway.security;

import io.netty.channel.ChannelOption;
import java.time.Duration;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.netty.http.client.HttpClient;

/**
 * Token validation against the realm: signature with the keys of its JWKS (fetched with time limits,
 * then cached), issuer, expiry (60 s clock skew) and the platform's audience. A realm that cannot be
 * reached fails the request quickly (503 problem+json) instead of holding it.
 */
@Configuration(proxyBeanMethods = false)
public class JwtDecoderConfiguration {

    public static final String AUDIENCE = "zhucan-api";

    @Bean
    ReactiveJwtDecoder jwtDecoder(@Value("${zhucan.identity.issuer-uri}") String issuer,
            @Value("${zhucan.identity.jwk-set-uri}") String jwkSetUri) {
        HttpClient netty = HttpClient.create()
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, 2_000)
                .responseTimeout(Duration.ofSeconds(5));
        NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withJwkSetUri(jwkSetUri)
                .webClient(WebClient.builder().clientConnector(new ReactorClientHttpConnector(netty)).build())
                .build();
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(issuer),
                new JwtClaimValidator<List<String>>(JwtClaimNames.AUD, aud -> aud != null && aud.contains(AUDIENCE))));
        return decoder;
    }
}
