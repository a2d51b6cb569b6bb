package io.zhucan.devstack.demo;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/** JSON over HTTP through the gateway, and tokens from Keycloak: what a client of the platform does. */
final class Api {

    private final String gateway;
    private final String tokenEndpoint;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    Api(String gateway, String issuer) {
        this.gateway = gateway;
        this.tokenEndpoint = issuer + "/protocol/openid-connect/token";
    }

    /** An HTTP answer: status and body, with the request it answers for error messages. */
    record Response(String request, int status, String body) {

        Response expect(int expected) {
            if (status != expected) {
                throw new DemoFailure(request + " answered " + status + " instead of " + expected + ": " + abbreviate(body));
            }
            return this;
        }

        JsonObject json() {
            return JsonParser.parseString(body).getAsJsonObject();
        }

        JsonElement jsonElement() {
            return JsonParser.parseString(body);
        }
    }

    /** A user's access token: the password grant of the local-only public client platform-cli. */
    String userToken(String username, String password) {
        return token(Map.of("grant_type", "password", "client_id", "platform-cli",
                "username", username, "password", password), username);
    }

    /** A partner system's access token: client credentials. */
    String clientToken(String clientId, String secret) {
        return token(Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret), clientId);
    }

    private String token(Map<String, String> form, String who) {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(tokenEndpoint))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .timeout(Duration.ofSeconds(10))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        Response response = send(request, "token for " + who);
        response.expect(200);
        return response.json().get("access_token").getAsString();
    }

    Response get(String path, String token) {
        return send(request(path, token).GET().build(), "GET " + path);
    }

    Response post(String path, String token, JsonObject body) {
        return send(request(path, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), "POST " + path);
    }

    Response put(String path, String token, JsonObject body) {
        return send(request(path, token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body.toString())).build(), "PUT " + path);
    }

    private HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(gateway + path))
                .header("Accept", "application/json")
                .timeout(Duration.ofSeconds(15));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    private Response send(HttpRequest request, String description) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Response(description, response.statusCode(), response.body());
        } catch (IOException e) {
            throw new DemoFailure(description + ": no answer from " + request.uri().getHost() + ":" + request.uri().getPort()
                    + " (" + e.getMessage() + "). Is the platform up? ./platform status");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DemoFailure("interrupted");
        }
    }

    static String abbreviate(String s) {
        String oneLine = s.replaceAll("\\s+", " ");
        return oneLine.length() > 300 ? oneLine.substring(0, 300) + "…" : oneLine;
    }
}
