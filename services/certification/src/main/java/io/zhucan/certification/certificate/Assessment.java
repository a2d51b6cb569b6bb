package io.zhucan.certification.certificate;

import io.zhucan.certification.shared.Disability;
import io.zhucan.platform.domain.RuleViolationException;
import io.zhucan.platform.events.vocabulary.DisabilityCategory;
import io.zhucan.platform.events.vocabulary.DisabilityGrade;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;

/**
 * A disability assessment (评定) by an assessor of a designated institution. Several disabilities
 * make the certificate 多重 (multiple) with the most severe grade.
 */
public record Assessment(List<Disability> disabilities, String institution, String assessor, LocalDate assessedOn) {

    public Assessment {
        disabilities = List.copyOf(disabilities);
        if (disabilities.isEmpty()) {
            throw new RuleViolationException("assessment", "an assessment records at least one disability");
        }
        if (disabilities.stream().anyMatch(d -> d.category() == DisabilityCategory.MULTIPLE)) {
            throw new RuleViolationException("assessment",
                    "record each disability with its own category; MULTIPLE is derived, not assessed");
        }
        if (new HashSet<>(disabilities.stream().map(Disability::category).toList()).size() != disabilities.size()) {
            throw new RuleViolationException("assessment", "each category is assessed once");
        }
        if (institution.isBlank()) {
            throw new RuleViolationException("assessment", "the designated institution is required");
        }
    }

    public DisabilityCategory category() {
        return disabilities.size() == 1 ? disabilities.getFirst().category() : DisabilityCategory.MULTIPLE;
    }

    public DisabilityGrade grade() {
        return disabilities.stream().map(Disability::grade).reduce(DisabilityGrade::mostSevere).orElseThrow();
    }
}
