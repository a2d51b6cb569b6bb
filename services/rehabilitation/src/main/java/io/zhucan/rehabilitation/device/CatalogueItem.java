package io.zhucan.rehabilitation.device;

import io.zhucan.platform.events.vocabulary.DisabilityCategory;
import io.zhucan.platform.events.vocabulary.DisabilityGrade;
import io.zhucan.rehabilitation.person.Disability;
import java.util.List;
import java.util.Set;

/**
 * One device of the catalogue (辅具目录) in the version in force: the categories and grades it
 * suits, the subsidy of its basic model in fen, whether it may be rented, whether it is one of the
 * high-tech items (仿生假肢, 眼控仪, 电子喉).
 */
public record CatalogueItem(
        String code,
        String name,
        Set<DisabilityCategory> suitedCategories,
        Set<DisabilityGrade> suitedGrades,
        long basicSubsidyFen,
        boolean rentalAllowed,
        boolean highTech) {

    public CatalogueItem {
        suitedCategories = Set.copyOf(suitedCategories);
        suitedGrades = Set.copyOf(suitedGrades);
        if (basicSubsidyFen < 0) {
            throw new IllegalArgumentException("a subsidy is never negative");
        }
    }

    /** Suits a person if one of their disabilities has a suited category and a suited grade. */
    public boolean suits(List<Disability> disabilities) {
        return disabilities.stream()
                .anyMatch(d -> suitedCategories.contains(d.category()) && suitedGrades.contains(d.grade()));
    }
}
