package io.zhucan.gateway.ratelimit;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.springframework.cloud.gateway.filter.ratelimit.RateLimiter;
import reactor.core.publisher.Mono;

/**
 * Token buckets in this gateway's memory, one per (configuration, key): the default for a single
 * gateway instance. Same contract and headers as Spring Cloud Gateway's {@code RedisRateLimiter}, which
 * replaces it when Redis is configured (several instances). Buckets idle long enough to be full again
 * are evicted, so memory stays bounded by the callers of the last minutes.
 */
public class InMemoryRateLimiter implements RateLimiter<InMemoryRateLimiter.Config> {

    public static final String RETRY_AFTER_HEADER = "X-RateLimit-Retry-After-Seconds";

    private static final long SWEEP_INTERVAL_NANOS = TimeUnit.SECONDS.toNanos(30);

    private final Map<String, Config> configs = new ConcurrentHashMap<>();
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final AtomicLong lastSweep;
    private final LongSupplier nanoClock;

    public InMemoryRateLimiter() {
        this(System::nanoTime);
    }

    InMemoryRateLimiter(LongSupplier nanoClock) {
        this.nanoClock = nanoClock;
        this.lastSweep = new AtomicLong(nanoClock.getAsLong());
    }

    @Override
    public Mono<Response> isAllowed(String configKey, String id) {
        Config config = configs.get(configKey);
        if (config == null) {
            throw new IllegalArgumentException("no rate limit configured for " + configKey);
        }
        long now = nanoClock.getAsLong();
        sweepIfDue(now);
        Bucket bucket = buckets.computeIfAbsent(configKey + '|' + id, k -> new Bucket(config.burstCapacity, now));
        double[] result = bucket.take(config, now);
        boolean allowed = result[0] >= 0;
        Map<String, String> headers = new HashMap<>();
        headers.put("X-RateLimit-Remaining", Long.toString(allowed ? (long) Math.floor(result[0]) : 0));
        headers.put("X-RateLimit-Replenish-Rate", Integer.toString(config.replenishRate));
        headers.put("X-RateLimit-Burst-Capacity", Long.toString(config.burstCapacity));
        if (!allowed) {
            headers.put(RETRY_AFTER_HEADER, Long.toString(Math.max(1, (long) Math.ceil(result[1]))));
        }
        return Mono.just(new Response(allowed, headers));
    }

    int bucketCount() {
        return buckets.size();
    }

    private void sweepIfDue(long now) {
        long last = lastSweep.get();
        if (now - last < SWEEP_INTERVAL_NANOS || !lastSweep.compareAndSet(last, now)) {
            return;
        }
        buckets.values().removeIf(bucket -> bucket.idleAndFull(now));
    }

    @Override
    public Map<String, Config> getConfig() {
        return configs;
    }

    @Override
    public Class<Config> getConfigClass() {
        return Config.class;
    }

    @Override
    public Config newConfig() {
        return new Config();
    }

    /** A bucket's size and refill rate. */
    public static class Config {

        private int replenishRate = 1;
        private long burstCapacity = 1;

        public int getReplenishRate() {
            return replenishRate;
        }

        public Config setReplenishRate(int replenishRate) {
            this.replenishRate = replenishRate;
            return this;
        }

        public long getBurstCapacity() {
            return burstCapacity;
        }

        public Config setBurstCapacity(long burstCapacity) {
            this.burstCapacity = burstCapacity;
            return this;
        }
    }

    private static final class Bucket {

        private double tokens;
        private long updated;
        private double fullAfterNanos;

        Bucket(long capacity, long now) {
            this.tokens = capacity;
            this.updated = now;
        }

        /** {tokens left (negative: refused), seconds until a token is available}. */
        synchronized double[] take(Config config, long now) {
            double perNano = config.replenishRate / 1e9;
            tokens = Math.min(config.burstCapacity, tokens + (now - updated) * perNano);
            updated = now;
            fullAfterNanos = config.burstCapacity / perNano;
            if (tokens >= 1) {
                tokens -= 1;
                return new double[] {tokens, 0};
            }
            return new double[] {-1, (1 - tokens) / config.replenishRate};
        }

        synchronized boolean idleAndFull(long now) {
            return now - updated > Math.max(fullAfterNanos, SWEEP_INTERVAL_NANOS);
        }
    }
}
