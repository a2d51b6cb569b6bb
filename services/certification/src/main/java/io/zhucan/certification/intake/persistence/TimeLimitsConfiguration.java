package io.zhucan.certification.intake.persistence;

import io.zhucan.certification.intake.TimeLimits;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The workflow's working days per step, read from the policy table at start-up. */
@Configuration(proxyBeanMethods = false)
class TimeLimitsConfiguration {

    @Bean
    TimeLimits.StepDays stepDays(JdbcClient jdbc) {
        Map<String, Integer> days = jdbc.sql("SELECT step, working_days FROM step_time_limit")
                .query((rs, n) -> Map.entry(rs.getString("step"), rs.getInt("working_days")))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        return new TimeLimits.StepDays(days.get("ASSESSMENT"), days.get("REVIEW"));
    }
}
