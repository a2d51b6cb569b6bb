package io.zhucan.certification.support;

import io.zhucan.certification.CertificationApplication;
import io.zhucan.platform.testing.PlatformIntegrationTest;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/** Every integration test of the service: one shared context on the real infrastructure, a movable clock. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@PlatformIntegrationTest(properties = {
        "zhucan.messaging.relay.poll-interval=50ms",
        "zhucan.messaging.consumer.max-retries=1",
        "zhucan.messaging.consumer.initial-back-off=100ms",
        // as deployed: actuator on its own port (random here), the API port for the API only
        "management.server.port=0",
        "zhucan.certification.migration.directory=${java.io.tmpdir}/zhucan-certification-migration"})
@Import(CertificationIntegrationTest.Clocks.class)
public @interface CertificationIntegrationTest {

    @TestConfiguration(proxyBeanMethods = false)
    class Clocks {

        @Bean
        @Primary
        MutableClock mutableClock() {
            return new MutableClock(CertificationApplication.PROVINCE_TIME);
        }
    }
}
