package io.zhucan.subsidy;

import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Scheduled jobs run once per cluster, not once per replica (docs/adr/0009): a {@code @SchedulerLock}
 * job takes its row in the {@code shedlock} table (Flyway V5) or is skipped. The database's clock
 * decides expiry, so replicas whose clocks drift agree.
 */
@Configuration
@EnableSchedulerLock(defaultLockAtMostFor = "PT1H")
class SchedulerLocks {

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime()
                .build());
    }
}
