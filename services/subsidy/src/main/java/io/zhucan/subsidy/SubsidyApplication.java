package io.zhucan.subsidy;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The subsidy service: the two allowances (两项补贴), granted without application, paid exactly once. */
@SpringBootApplication
@EnableScheduling
public class SubsidyApplication {

    public static void main(String[] args) {
        SpringApplication.run(SubsidyApplication.class, args);
    }

    /** Months and dates of the rules are those of Zhejiang. */
    @Bean
    Clock clock(@Value("${zhucan.subsidy.zone:Asia/Shanghai}") String zone) {
        return Clock.system(ZoneId.of(zone));
    }
}
