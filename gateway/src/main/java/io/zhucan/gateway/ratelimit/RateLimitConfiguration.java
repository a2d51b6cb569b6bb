package io.zhucan.gateway.ratelimit;

import io.zhucan.gateway.GatewaySettings;
import io.zhucan.gateway.GatewaySettings.Limit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.cloud.gateway.filter.ratelimit.RateLimiter;
import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import org.springframework.cloud.gateway.support.ConfigurationService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * The rate limiter: token buckets in memory by default; Spring Cloud Gateway's {@link RedisRateLimiter}
 * (buckets shared by every gateway instance) when {@code spring.data.redis.host} is configured. The
 * limits come from {@code zhucan.gateway.rate-limit.*} either way.
 */
@Configuration(proxyBeanMethods = false)
public class RateLimitConfiguration {

    @Bean
    RateLimitFilter rateLimitFilter(@Qualifier("zhucanRateLimiter") RateLimiter<?> limiter, GatewaySettings settings) {
        return new RateLimitFilter(limiter, settings.rateLimit());
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnExpression("!'${spring.data.redis.host:}'.isBlank()")
    static class Redis {

        @Bean("zhucanRateLimiter")
        @Primary
        RedisRateLimiter zhucanRedisRateLimiter(ReactiveStringRedisTemplate redis,
                @Qualifier(RedisRateLimiter.REDIS_SCRIPT_NAME) RedisScript<java.util.List<Long>> script,
                ConfigurationService configurationService, GatewaySettings settings) {
            RedisRateLimiter limiter = new RedisRateLimiter(redis, script, configurationService);
            configure(settings, (key, limit) -> limiter.getConfig().put(key, new RedisRateLimiter.Config()
                    .setReplenishRate(limit.replenishRate()).setBurstCapacity(limit.burstCapacity())));
            return limiter;
        }
    }

    @Bean("zhucanRateLimiter")
    @Primary
    @ConditionalOnExpression("'${spring.data.redis.host:}'.isBlank()")
    InMemoryRateLimiter zhucanInMemoryRateLimiter(GatewaySettings settings) {
        InMemoryRateLimiter limiter = new InMemoryRateLimiter();
        configure(settings, (key, limit) -> limiter.getConfig().put(key, new InMemoryRateLimiter.Config()
                .setReplenishRate(limit.replenishRate()).setBurstCapacity(limit.burstCapacity())));
        return limiter;
    }

    /** The bucket configurations: {@code user}, {@code client}, {@code anonymous}, {@code client:<id>}. */
    static void configure(GatewaySettings settings, BiConsumer<String, Limit> register) {
        GatewaySettings.RateLimit limits = settings.rateLimit();
        Map<String, Limit> all = new LinkedHashMap<>();
        all.put("user", limits.user());
        all.put("client", limits.client());
        all.put("anonymous", limits.anonymous());
        limits.clients().forEach((client, limit) -> all.put("client:" + client, limit));
        all.forEach((key, limit) -> {
            if (limit == null || limit.replenishRate() < 1 || limit.burstCapacity() < 1) {
                throw new IllegalStateException("zhucan.gateway.rate-limit: " + key
                        + " needs replenish-rate and burst-capacity of at least 1");
            }
            register.accept(key, limit);
        });
    }
}
