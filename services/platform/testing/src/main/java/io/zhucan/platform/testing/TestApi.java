package io.zhucan.platform.testing;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Calls a service under test over real HTTP with real tokens and returns whatever it answers
 * (status, headers, JSON body), errors included: tests assert on problem+json as on success.
 */
public final class TestApi {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RestClient http;

    public TestApi(int port) {
        this.http = RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultStatusHandler(status -> true, (request, response) -> { })
                .build();
    }

    /** Calls made with this bearer token ({@code null}: without a token). */
    public Caller as(@Nullable String bearer) {
        return new Caller(bearer);
    }

    public Caller anonymous() {
        return new Caller(null);
    }

    /** One caller: GET/POST/PUT/DELETE returning the full response. */
    public final class Caller {

        private final @Nullable String bearer;

        private Caller(@Nullable String bearer) {
            this.bearer = bearer;
        }

        public Response get(String path, Object... uriVariables) {
            return exchange(http.get().uri(path, uriVariables));
        }

        public Response delete(String path, Object... uriVariables) {
            return exchange(http.delete().uri(path, uriVariables));
        }

        public Response post(String path, @Nullable Object body, Object... uriVariables) {
            var request = http.post().uri(path, uriVariables).contentType(MediaType.APPLICATION_JSON);
            return exchange(body == null ? request : request.body(body));
        }

        public Response put(String path, @Nullable Object body, Object... uriVariables) {
            var request = http.put().uri(path, uriVariables).contentType(MediaType.APPLICATION_JSON);
            return exchange(body == null ? request : request.body(body));
        }

        private Response exchange(RestClient.RequestHeadersSpec<?> request) {
            if (bearer != null) {
                request.header(HttpHeaders.AUTHORIZATION, bearer);
            }
            return request.exchange((req, res) -> {
                byte[] bytes = res.getBody().readAllBytes();
                JsonNode body = bytes.length == 0 ? JSON.missingNode() : parse(bytes);
                return new Response(res.getStatusCode().value(), res.getHeaders(), body, new String(bytes,
                        java.nio.charset.StandardCharsets.UTF_8));
            });
        }
    }

    private static JsonNode parse(byte[] bytes) {
        try {
            return JSON.readTree(bytes);
        } catch (RuntimeException notJson) {
            return JSON.missingNode();
        }
    }

    /** What the service answered. {@code text} is the raw body, for "does not contain" checks. */
    public record Response(int status, HttpHeaders headers, JsonNode body, String text) {

        public String field(String pointer) {
            return body.at(pointer).asString();
        }

        public Map<String, Object> asMap() {
            return JSON.convertValue(body, Map.class);
        }
    }
}
