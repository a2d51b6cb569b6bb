package io.zhucan.backoffice;

import static org.assertj.core.api.Assertions.assertThat;

import io.zhucan.platform.security.servlet.EndpointRules;
import io.zhucan.platform.testing.architecture.ArchitectureRules;
import org.junit.jupiter.api.Test;

/** The platform's one architecture rule set (docs/developing.md), and deny by default. */
class ArchitectureTest extends ArchitectureRules {

    ArchitectureTest() {
        super("io.zhucan.backoffice");
    }

    @Test
    void everyPageSaysWhoMayOpenIt() {
        assertThat(EndpointRules.withoutRule("io.zhucan.backoffice")).isEmpty();
    }
}
