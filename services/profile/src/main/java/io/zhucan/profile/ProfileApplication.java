package io.zhucan.profile;

import io.zhucan.profile.shared.IdNumberHash;
import io.zhucan.profile.shared.ProvinceTime;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The profile service: one person one file (一人一档), the plan's indicators and early warnings. */
@SpringBootApplication
@EnableScheduling
public class ProfileApplication {

    public static void main(String[] args) {
        SpringApplication.run(ProfileApplication.class, args);
    }

    @Bean
    Clock clock() {
        return Clock.system(ProvinceTime.ZONE);
    }

    @Bean
    IdNumberHash profileIdNumberHash(@Value("${zhucan.profile.id-number-hash-key}") String key) {
        return new IdNumberHash(key);
    }
}
