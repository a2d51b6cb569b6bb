package io.zhucan.employment.quota;

import io.zhucan.employment.outreach.CertificateHolder;
import io.zhucan.platform.events.vocabulary.DisabilityCategory;
import io.zhucan.platform.events.vocabulary.DisabilityGrade;
import org.jspecify.annotations.Nullable;

/**
 * How much one disabled employee counts, in ten-thousandths of a person (20000 = counts twice):
 * for a category (null: any) up to a grade. A visual rule applies to the visual part of a multiple
 * disability too.
 */
public record CountingRule(@Nullable DisabilityCategory category, int maxGrade, int weightTenThousandths) {

    public boolean appliesTo(CertificateHolder employee) {
        if (category == null) {
            return employee.grade().level() <= maxGrade;
        }
        DisabilityGrade grade = category == DisabilityCategory.VISUAL ? employee.visualGrade()
                : employee.category() == category ? employee.grade() : null;
        return grade != null && grade.level() <= maxGrade;
    }
}
