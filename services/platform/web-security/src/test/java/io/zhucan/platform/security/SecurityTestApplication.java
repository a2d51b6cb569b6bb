package io.zhucan.platform.security;

import io.zhucan.platform.security.audit.PersonAccess;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A service shaped like the real ones, to test the library through HTTP with real tokens. */
@SpringBootApplication
public class SecurityTestApplication {

    @RestController
    static class Endpoints {

        private final PersonAccess access;

        Endpoints(PersonAccess access) {
            this.access = access;
        }

        @GetMapping("/public/ping")
        @PreAuthorize("permitAll()")
        Map<String, String> ping() {
            return Map.of("status", "up");
        }

        @GetMapping("/api/test/whoami")
        @PreAuthorize("isAuthenticated()")
        CurrentUser whoami(CurrentUser user) {
            return user;
        }

        @GetMapping("/api/test/counties/{county}/persons/{personId}")
        @PreAuthorize("hasAnyRole('caseworker', 'reviewer', 'citizen')")
        @Transactional(readOnly = true)
        Map<String, Object> personFile(CurrentUser user, @PathVariable String county, @PathVariable UUID personId) {
            access.read(user, personId, county, "test-file");
            return Map.of("personId", personId, "county", county);
        }

        @PostMapping("/api/test/applications")
        @PreAuthorize("hasRole('caseworker')")
        Map<String, String> apply(@Valid @RequestBody ApplicationForm form) {
            return Map.of("county", form.county());
        }

        @GetMapping("/api/test/boom")
        @PreAuthorize("hasRole('operator')")
        String boom() {
            throw new IllegalStateException("secret internal detail 330102199001011234");
        }
    }

    /** Deliberately without a rule: deny by default must refuse it, and the endpoint check must find it. */
    @RestController
    static class Forgotten {

        @GetMapping("/api/test/forgotten")
        Map<String, String> forgotten() {
            return Map.of("secret", "anyone with a token could read this");
        }
    }

    record ApplicationForm(@NotBlank @Pattern(regexp = "\\d{6}") String county) {
    }
}
