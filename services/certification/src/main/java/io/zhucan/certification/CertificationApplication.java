package io.zhucan.certification;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The certification service: the disability certificate (残疾人证) from application to cancellation. */
@SpringBootApplication
@EnableScheduling
public class CertificationApplication {

    /** Dates ("today", due dates, validity) are those of the province. */
    public static final ZoneId PROVINCE_TIME = ZoneId.of("Asia/Shanghai");

    public static void main(String[] args) {
        SpringApplication.run(CertificationApplication.class, args);
    }

    @Bean
    Clock clock() {
        return Clock.system(PROVINCE_TIME);
    }
}
