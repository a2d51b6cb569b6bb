package io.zhucan.gateway;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code zhucan.gateway.*}: what differs between the local stack, tests and a deployment.
 *
 * @param cors the origins of the app and the back office allowed to call the API from a browser
 * @param rateLimit token buckets per user, per client and per anonymous caller
 */
@ConfigurationProperties("zhucan.gateway")
public record GatewaySettings(Cors cors, RateLimit rateLimit) {

    /**
     * @param allowedOrigins exact origins, e.g. {@code http://localhost:5173}; none means no browser access
     * @param maxAge how long a browser may cache a preflight answer
     */
    public record Cors(@DefaultValue List<String> allowedOrigins, @DefaultValue("1h") Duration maxAge) {
    }

    /**
     * @param user per authenticated user (JWT subject)
     * @param client per OAuth2 client (the token's {@code azp}) unless {@code clients} has its own limit
     * @param anonymous per remote address, for the public paths (certificate verification)
     * @param clients per-client overrides, e.g. the partner systems
     */
    public record RateLimit(Limit user, Limit client, Limit anonymous, @DefaultValue Map<String, Limit> clients) {

        public Limit forClient(String clientId) {
            Limit own = clients.get(clientId);
            return own != null ? own : client;
        }

        /** The configuration key of a client's bucket: its own when it has one, else the shared default. */
        public String clientConfigKey(String clientId) {
            return clients.containsKey(clientId) ? "client:" + clientId : "client";
        }

        public @Nullable Limit byConfigKey(String key) {
            return switch (key) {
                case "user" -> user;
                case "client" -> client;
                case "anonymous" -> anonymous;
                default -> key.startsWith("client:") ? clients.get(key.substring("client:".length())) : null;
            };
        }
    }

    /**
     * A token bucket: {@code replenishRate} requests per second on average, bursts up to
     * {@code burstCapacity}.
     */
    public record Limit(int replenishRate, int burstCapacity) {
    }
}
