package io.zhucan.subsidy;

import static org.assertj.core.api.Assertions.assertThat;

import io.zhucan.platform.testing.PlatformTestInfrastructure;
import io.zhucan.subsidy.payment.application.PaymentRunService;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Two replicas on one database: a scheduled job runs once per cluster, not once per replica. */
class ScheduledJobsIT extends SubsidyITSupport {

    @Autowired PaymentRunService runs;

    /**
     * A second replica of the service on the same database and broker, with the module's test
     * properties (as arguments: they win over application.yml, like the test context's), a random
     * port, and its listeners off so the test context's consumers keep their partitions.
     */
    private static ConfigurableApplicationContext secondReplica() {
        return new SpringApplicationBuilder(SubsidyApplication.class)
                .initializers(new PlatformTestInfrastructure())
                .run("--server.port=0", "--spring.kafka.listener.auto-startup=false",
                        "--zhucan.messaging.topics.partitions=3", "--zhucan.subsidy.payment-run.cron=-",
                        "--zhucan.subsidy.reevaluation.due-versions-cron=-", "--zhucan.subsidy.payment-run.chunk-size=50",
                        "--zhucan.messaging.relay.poll-interval=50ms");
    }

    @Test
    void theScheduledPaymentRunStartedOnTwoReplicasAtOnceRunsOnce() throws Exception {
        try (ConfigurableApplicationContext other = secondReplica()) {
            PaymentRunService otherRuns = other.getBean(PaymentRunService.class);
            int before = runsOfThisMonth();

            CompletableFuture<Void> here = CompletableFuture.runAsync(runs::scheduledRun);
            CompletableFuture<Void> there = CompletableFuture.runAsync(otherRuns::scheduledRun);
            CompletableFuture.allOf(here, there).get();
            runs.scheduledRun();                                     // a replica whose clock fires late: still once

            assertThat(runsOfThisMonth() - before).isEqualTo(1);
        }
    }

    private int runsOfThisMonth() {
        return jdbc.sql("SELECT coalesce(max(runs), 0) FROM payment_run WHERE month = :m")
                .param("m", thisMonth().atDay(1)).query(Integer.class).single();
    }
}
