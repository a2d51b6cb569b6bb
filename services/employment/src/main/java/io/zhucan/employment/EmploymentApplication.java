package io.zhucan.employment;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** The employment service: outreach, job seekers, accessible jobs, matching, placements and the quota. */
@SpringBootApplication
public class EmploymentApplication {

    /** Dates ("today", labour age, start dates) are those of the province. */
    public static final ZoneId PROVINCE_TIME = ZoneId.of("Asia/Shanghai");

    public static void main(String[] args) {
        SpringApplication.run(EmploymentApplication.class, args);
    }

    @Bean
    Clock clock() {
        return Clock.system(PROVINCE_TIME);
    }
}
