package io.zhucan.employment.quota.web;

import io.zhucan.employment.employer.application.EmployerService;
import io.zhucan.employment.quota.QuotaAssessment;
import io.zhucan.employment.quota.application.QuotaService;
import io.zhucan.employment.shared.web.Organization;
import io.zhucan.platform.security.CurrentUser;
import io.zhucan.platform.security.Regions;
import io.zhucan.platform.security.Roles;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Employers declare their year (按比例就业年审); caseworkers read the verification list of their region. */
@RestController
@RequestMapping("${zhucan.api.base-path}")
class QuotaController {

    record Declaration(@Positive int averageHeadcount, @PositiveOrZero long totalWagesFen,
            @NotNull @Size(max = 10_000) List<@NotNull UUID> disabledEmployees) {
    }

    private final QuotaService quota;
    private final EmployerService employers;

    QuotaController(QuotaService quota, EmployerService employers) {
        this.quota = quota;
        this.employers = employers;
    }

    @PostMapping("/employers/me/quota/{year}")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('" + Roles.EMPLOYER + "')")
    QuotaAssessment declare(CurrentUser user, @PathVariable int year, @Valid @RequestBody Declaration d) {
        return quota.declare(employers.ofOrganization(Organization.ofCaller()), year, d.averageHeadcount(),
                d.totalWagesFen(), d.disabledEmployees(), user.username());
    }

    @GetMapping("/employers/me/quota/{year}")
    @PreAuthorize("hasRole('" + Roles.EMPLOYER + "')")
    QuotaAssessment mine(@PathVariable int year) {
        return quota.of(employers.ofOrganization(Organization.ofCaller()), year);
    }

    /** The annual verification list: every assessed employer of the region, over-quota ones flagged. */
    @GetMapping("/quota/{year}")
    @PreAuthorize("hasRole('" + Roles.CASEWORKER + "')")
    List<QuotaAssessment> verificationList(CurrentUser user, @PathVariable int year) {
        if (user.region() == null) {
            throw new AccessDeniedException("no region");
        }
        return Regions.countyPrefix(user.region()).map(prefix -> quota.verificationList(year, prefix))
                .orElse(List.of());
    }
}
