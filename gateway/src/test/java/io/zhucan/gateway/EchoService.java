package io.zhucan.gateway;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real HTTP service behind the gateway under test: answers every request with a JSON echo of what
 * it received (method, path, Authorization, X-Request-Id) and records it. Told how to misbehave by
 * the path: {@code .../slow} answers after {@link #SLOW}, {@code .../flaky/<key>?failures=n} answers
 * 503 to the first n requests for that key.
 */
final class EchoService implements AutoCloseable {

    static final java.time.Duration SLOW = java.time.Duration.ofSeconds(8);

    record Received(String method, String path, String query, String authorization, String requestId) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpServer server;
    private final ScheduledExecutorService delays = Executors.newSingleThreadScheduledExecutor();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();

    EchoService() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 100);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", this::handle);
        server.start();
    }

    String uri() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** What arrived for this exact path, oldest first. */
    List<Received> received(String path) {
        return received.stream().filter(r -> r.path().equals(path)).toList();
    }

    int attempts(String key) {
        AtomicInteger count = attempts.get(key);
        return count == null ? 0 : count.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String query = exchange.getRequestURI().getQuery();
        exchange.getRequestBody().readAllBytes();
        Received r = new Received(exchange.getRequestMethod(), path, query,
                exchange.getRequestHeaders().getFirst("Authorization"),
                exchange.getRequestHeaders().getFirst("X-Request-Id"));
        received.add(r);
        if (path.endsWith("/slow")) {
            delays.schedule(() -> respond(exchange, 200, r), SLOW.toMillis(), TimeUnit.MILLISECONDS);
            return;
        }
        int flaky = path.indexOf("/flaky/");
        if (flaky >= 0) {
            String key = path.substring(flaky + "/flaky/".length());
            int attempt = attempts.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
            int failures = query != null && query.startsWith("failures=") ? Integer.parseInt(query.substring(9)) : 0;
            respond(exchange, attempt <= failures ? 503 : 200, r);
            return;
        }
        respond(exchange, 200, r);
    }

    private static void respond(HttpExchange exchange, int status, Received r) {
        try (exchange) {
            byte[] body = JSON.writeValueAsString(Map.of("method", r.method(), "path", r.path(),
                    "authorization", String.valueOf(r.authorization()), "requestId", String.valueOf(r.requestId())))
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            // what the services' own filters add: the gateway must not let the caller see them twice
            if (r.requestId() != null) {
                exchange.getResponseHeaders().add("X-Request-Id", r.requestId());
            }
            exchange.getResponseHeaders().add("Vary", "Origin");
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
        } catch (IOException e) {
            // the gateway gave up on a slow answer: nothing to do
        }
    }

    /** A local port nothing listens on: connections are refused at once, as with a stopped service. */
    static String deadUri() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return "http://127.0.0.1:" + socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        delays.shutdownNow();
    }
}
