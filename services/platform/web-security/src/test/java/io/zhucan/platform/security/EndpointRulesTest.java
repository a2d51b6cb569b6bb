package io.zhucan.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.zhucan.platform.security.servlet.EndpointRules;
import jakarta.annotation.security.PermitAll;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;

/** The check every service runs: it finds the handler without a rule, and only that one. */
class EndpointRulesTest {

    @Test
    void findsTheHandlerMethodsWithoutAnExplicitRule() {
        assertThat(EndpointRules.withoutRule("io.zhucan.platform.security"))
                .containsExactly(SecurityTestApplication.Forgotten.class.getName() + "#forgotten");
    }

    @Test
    void aRuleOnTheMethodOrItsClassCounts() throws Exception {
        assertThat(EndpointRules.hasRule(Guarded.class.getDeclaredMethod("anything"), Guarded.class)).isTrue();
        assertThat(EndpointRules.hasRule(Open.class.getDeclaredMethod("open"), Open.class)).isTrue();
        assertThat(EndpointRules.hasRule(Open.class.getDeclaredMethod("forgotten"), Open.class)).isFalse();
    }

    @PreAuthorize("hasRole('operator')")
    static class Guarded {
        @GetMapping("/a")
        void anything() {
        }
    }

    static class Open {
        @GetMapping("/b")
        @PermitAll
        void open() {
        }

        @GetMapping("/c")
        void forgotten() {
        }
    }
}
