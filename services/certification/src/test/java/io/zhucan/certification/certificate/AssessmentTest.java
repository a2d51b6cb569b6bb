package io.zhucan.certification.certificate;

import io.zhucan.certification.shared.Disability;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zhucan.platform.domain.RuleViolationException;
import io.zhucan.platform.events.vocabulary.DisabilityCategory;
import io.zhucan.platform.events.vocabulary.DisabilityGrade;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AssessmentTest {

    @Test
    void anAssessmentRecordsEachRealCategoryOnce() {
        LocalDate today = LocalDate.of(2026, 11, 25);
        assertThatThrownBy(() -> new Assessment(List.of(), "医院", "a", today)).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> new Assessment(List.of(new Disability(DisabilityCategory.MULTIPLE, DisabilityGrade.GRADE_1)),
                "医院", "a", today)).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> new Assessment(List.of(new Disability(DisabilityCategory.VISUAL, DisabilityGrade.GRADE_1),
                new Disability(DisabilityCategory.VISUAL, DisabilityGrade.GRADE_2)), "医院", "a", today))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> new Assessment(List.of(new Disability(DisabilityCategory.VISUAL, DisabilityGrade.GRADE_1)),
                " ", "a", today)).isInstanceOf(RuleViolationException.class);
    }
}
