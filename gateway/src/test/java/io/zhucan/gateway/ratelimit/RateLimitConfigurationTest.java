package io.zhucan.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import io.zhucan.gateway.GatewaySettings;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration;
import org.springframework.boot.data.redis.autoconfigure.DataRedisReactiveAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.cloud.gateway.filter.ratelimit.RateLimiter;
import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import org.springframework.cloud.gateway.support.ConfigurationService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.support.DefaultConversionService;

/** In memory by default; Spring Cloud Gateway's Redis limiter, with the same limits, once Redis is configured. */
class RateLimitConfigurationTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DataRedisAutoConfiguration.class,
                    DataRedisReactiveAutoConfiguration.class, gatewayRedisAutoConfiguration()))
            .withUserConfiguration(Settings.class, RateLimitConfiguration.class)
            .withPropertyValues(
                    "zhucan.gateway.rate-limit.user.replenish-rate=20", "zhucan.gateway.rate-limit.user.burst-capacity=40",
                    "zhucan.gateway.rate-limit.client.replenish-rate=500",
                    "zhucan.gateway.rate-limit.client.burst-capacity=1000",
                    "zhucan.gateway.rate-limit.anonymous.replenish-rate=5",
                    "zhucan.gateway.rate-limit.anonymous.burst-capacity=20",
                    "zhucan.gateway.rate-limit.clients.civil-affairs.replenish-rate=100",
                    "zhucan.gateway.rate-limit.clients.civil-affairs.burst-capacity=200");

    /** Package-private in Spring Cloud Gateway: the script and template beans of its Redis support. */
    private static Class<?> gatewayRedisAutoConfiguration() {
        try {
            return Class.forName("org.springframework.cloud.gateway.config.GatewayRedisAutoConfiguration");
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(GatewaySettings.class)
    static class Settings {

        @Bean
        ConfigurationService gatewayConfigurationService(BeanFactory beanFactory) {
            return new ConfigurationService(beanFactory, DefaultConversionService::new, () -> null);
        }
    }

    @Test
    void inMemoryWithoutRedis() {
        context.run(app -> {
            RateLimiter<?> limiter = app.getBean("zhucanRateLimiter", RateLimiter.class);
            assertThat(limiter).isInstanceOf(InMemoryRateLimiter.class);
            assertThat(limiter.getConfig()).containsOnlyKeys("user", "client", "anonymous", "client:civil-affairs");
            assertThat(app.getBean(RateLimitFilter.class)).isNotNull();
        });
    }

    @Test
    void redisBackedWhenARedisHostIsConfigured() {
        context.withPropertyValues("spring.data.redis.host=127.0.0.1", "spring.data.redis.port=1").run(app -> {
            RateLimiter<?> limiter = app.getBean("zhucanRateLimiter", RateLimiter.class);
            assertThat(limiter).isInstanceOf(RedisRateLimiter.class);
            RedisRateLimiter.Config user = ((RedisRateLimiter) limiter).getConfig().get("user");
            assertThat(user.getReplenishRate()).isEqualTo(20);
            assertThat(user.getBurstCapacity()).isEqualTo(40);
            assertThat(((RedisRateLimiter) limiter).getConfig()).containsKey("client:civil-affairs");
        });
    }
}
