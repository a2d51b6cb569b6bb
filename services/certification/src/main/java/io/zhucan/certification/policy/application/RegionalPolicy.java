package io.zhucan.certification.policy.application;

import io.zhucan.certification.certificate.Validity;
import io.zhucan.certification.certificate.ValidityPolicy;
import io.zhucan.certification.intake.TimeLimits.StepDays;
import io.zhucan.certification.intake.TimeLimits.StepLimits;
import io.zhucan.certification.policy.RegionalRules;
import io.zhucan.certification.policy.RulesVersions;
import io.zhucan.platform.events.vocabulary.DisabilityCategory;
import java.time.LocalDate;
import java.time.Period;
import org.springframework.stereotype.Service;

/**
 * The certification rules in force where and when a step happens, as the certificate and intake
 * features ask for them (their ports). The seeded province version always answers, so a county
 * without its own rules never finds none.
 */
@Service
class RegionalPolicy implements ValidityPolicy, StepLimits {

    private final RulesVersions versions;

    RegionalPolicy(RulesVersions versions) {
        this.versions = versions;
    }

    @Override
    public Validity forHolder(String county, LocalDate on, int age, DisabilityCategory category) {
        return rules(county, on).validityFor(age, category)
                .map(rule -> new Validity(Period.ofYears(rule.validYears()), rule.renewalWindowDays()))
                .orElseThrow(() -> new IllegalStateException("no validity rule covers age " + age + " in " + county));
    }

    @Override
    public StepDays in(String county, LocalDate on) {
        return rules(county, on).stepDays()
                .orElseThrow(() -> new IllegalStateException("no step time limits in force in " + county));
    }

    private RegionalRules rules(String county, LocalDate on) {
        return new RegionalRules(county, on, versions.candidates(county, on));
    }
}
