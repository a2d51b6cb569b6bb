package io.zhucan.certification.policy.application;

import io.zhucan.certification.intake.TimeLimits.StepDays;
import io.zhucan.certification.policy.RulesVersion;
import io.zhucan.certification.policy.RulesVersions;
import io.zhucan.certification.policy.ValidityRule;
import io.zhucan.platform.domain.RuleViolationException;
import io.zhucan.platform.domain.region.Division;
import io.zhucan.platform.domain.region.Divisions;
import io.zhucan.platform.security.CurrentUser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Operators keep the certification rules: a province operator the defaults and any region's, a
 * city's operator their city and its counties, a county's its own. A version is never edited: a
 * change is a new version, kept with who made it, when and why.
 */
@Service
public class RulesAdministration {

    private final RulesVersions versions;
    private final Clock clock;

    public RulesAdministration(RulesVersions versions, Clock clock) {
        this.versions = versions;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<RulesVersion> all() {
        return versions.all();
    }

    @Transactional
    public RulesVersion propose(CurrentUser operator, String region, LocalDate effectiveFrom,
            List<ValidityRule> validity, @Nullable StepDays stepDays, String reason) {
        boolean level = Divisions.zhejiang().find(region).map(Division::level)
                .filter(l -> l != Division.Level.TOWNSHIP).isPresent();
        if (!level) {
            throw new RuleViolationException("rules-region", "rules are set for the province, a city or a county");
        }
        if (!operator.coversRegion(region)) {
            throw new RuleViolationException("rules-scope", "you may set rules only for your own region");
        }
        return versions.add(RulesVersion.propose(region, effectiveFrom, validity, stepDays, operator.username(),
                reason, LocalDate.now(clock), clock.instant()));
    }
}
