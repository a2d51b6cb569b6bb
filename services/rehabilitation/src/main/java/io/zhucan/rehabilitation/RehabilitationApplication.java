package io.zhucan.rehabilitation;

import io.zhucan.rehabilitation.shared.IdNumberHash;
import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The rehabilitation service: needs assessment, assistive devices, child rehabilitation, home modification. */
@SpringBootApplication
@EnableScheduling
public class RehabilitationApplication {

    /** Dates ("today", ages, rental return dates) are those of the province. */
    public static final ZoneId PROVINCE_TIME = ZoneId.of("Asia/Shanghai");

    public static void main(String[] args) {
        SpringApplication.run(RehabilitationApplication.class, args);
    }

    @Bean
    Clock clock() {
        return Clock.system(PROVINCE_TIME);
    }

    /** Named apart from web-security's verified-identity {@code idNumberHash}: another key, another type. */
    @Bean
    IdNumberHash rehabilitationIdNumberHash(@Value("${zhucan.rehabilitation.id-number-hash-key}") String key) {
        return new IdNumberHash(key);
    }
}
