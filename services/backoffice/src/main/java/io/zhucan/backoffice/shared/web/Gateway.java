package io.zhucan.backoffice.shared.web;

import io.zhucan.backoffice.shared.config.BackofficeProperties;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The platform's API through the gateway, as the signed-in user: every request carries their own
 * access token (refreshed when expired), so roles, regions and four-eyes are the services' to check.
 * A refusal becomes a {@link ServiceRefusal} with the service's problem detail.
 */
@Component
public class Gateway {

    private final RestClient rest;
    private final JsonMapper json;

    Gateway(RestClient.Builder builder, OAuth2AuthorizedClientManager tokens, BackofficeProperties properties,
            JsonMapper json) {
        this.json = json;
        var asUser = new OAuth2ClientHttpRequestInterceptor(tokens);
        asUser.setClientRegistrationIdResolver(request -> "keycloak");
        this.rest = builder.baseUrl(properties.gatewayUri().toString())
                .requestInterceptor(asUser)
                .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> {
                    throw refusal(response);
                })
                .build();
    }

    public <T> T get(ParameterizedTypeReference<T> type, String uri, Object... variables) {
        return rest.get().uri(uri, variables).retrieve().body(type);
    }

    public <T> T get(Class<T> type, String uri, Object... variables) {
        return rest.get().uri(uri, variables).retrieve().body(type);
    }

    public <T> T post(Class<T> type, Object body, String uri, Object... variables) {
        return rest.post().uri(uri, variables).body(body).retrieve().body(type);
    }

    /** A command whose answer matters only by its status (e.g. 202: waiting for a second person). */
    public int postForStatus(Object body, String uri, Object... variables) {
        return rest.post().uri(uri, variables).body(body).retrieve().toBodilessEntity().getStatusCode().value();
    }

    public <T> T put(Class<T> type, Object body, String uri, Object... variables) {
        return rest.put().uri(uri, variables).body(body).retrieve().body(type);
    }

    private ServiceRefusal refusal(ClientHttpResponse response) throws IOException {
        int status = response.getStatusCode().value();
        Map<?, ?> problem;
        try {
            problem = json.readValue(response.getBody(), Map.class);
        } catch (RuntimeException notJson) {
            problem = Map.of();
        }
        return new ServiceRefusal(status, text(problem.get("title"), "HTTP " + status),
                text(problem.get("detail"), ""), problem.get("rule") instanceof String rule ? rule : null,
                fields(problem.get("errors")));
    }

    /** The fields a 400 names ({@code errors: [{field, message}]}), first message of each. */
    private static Map<String, String> fields(Object errors) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (errors instanceof List<?> list) {
            for (Object error : list) {
                if (error instanceof Map<?, ?> e && e.get("field") instanceof String field) {
                    fields.putIfAbsent(field, text(e.get("message"), ""));
                }
            }
        }
        return fields;
    }

    private static String text(Object value, String otherwise) {
        return value instanceof String s && !s.isBlank() ? s : otherwise;
    }
}
