package io.zhucan.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.cloud.gateway.filter.ratelimit.RateLimiter.Response;

class InMemoryRateLimiterTest {

    private final AtomicLong now = new AtomicLong(TimeUnit.HOURS.toNanos(1));
    private final InMemoryRateLimiter limiter = new InMemoryRateLimiter(now::get);

    InMemoryRateLimiterTest() {
        limiter.getConfig().put("user", new InMemoryRateLimiter.Config().setReplenishRate(2).setBurstCapacity(3));
    }

    private Response ask(String key) {
        return limiter.isAllowed("user", key).block();
    }

    private void advanceMillis(long millis) {
        now.addAndGet(TimeUnit.MILLISECONDS.toNanos(millis));
    }

    @Test
    void aBurstUpToTheCapacityThenRefusalsWithTheTimeToWait() {
        assertThat(ask("a").isAllowed()).isTrue();
        assertThat(ask("a").isAllowed()).isTrue();
        Response last = ask("a");
        assertThat(last.isAllowed()).isTrue();
        assertThat(last.getHeaders()).containsEntry("X-RateLimit-Remaining", "0");

        Response refused = ask("a");
        assertThat(refused.isAllowed()).isFalse();
        assertThat(refused.getHeaders()).containsEntry(InMemoryRateLimiter.RETRY_AFTER_HEADER, "1");
    }

    @Test
    void tokensComeBackAtTheReplenishRateAndNeverAboveTheCapacity() {
        for (int i = 0; i < 3; i++) {
            ask("b");
        }
        assertThat(ask("b").isAllowed()).isFalse();

        advanceMillis(500);
        assertThat(ask("b").isAllowed()).isTrue();
        assertThat(ask("b").isAllowed()).isFalse();

        advanceMillis(60_000);
        assertThat(ask("b").getHeaders()).containsEntry("X-RateLimit-Remaining", "2");
    }

    @Test
    void keysHaveTheirOwnBucketsAndIdleFullBucketsAreEvicted() {
        for (int i = 0; i < 3; i++) {
            ask("c");
        }
        assertThat(ask("c").isAllowed()).isFalse();
        assertThat(ask("d").isAllowed()).isTrue();
        assertThat(limiter.bucketCount()).isEqualTo(2);

        advanceMillis(120_000);
        ask("e");
        assertThat(limiter.bucketCount()).isEqualTo(1);
    }

    @Test
    void anUnknownConfigurationIsAProgrammingError() {
        assertThatThrownBy(() -> limiter.isAllowed("nobody", "x")).isInstanceOf(IllegalArgumentException.class);
    }
}
