package io.zhucan.rehabilitation.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zhucan.platform.events.vocabulary.DisabilityCategory;
import io.zhucan.platform.events.vocabulary.DisabilityGrade;
import io.zhucan.rehabilitation.person.Disability;
import io.zhucan.platform.domain.FourEyesViolationException;
import io.zhucan.platform.domain.IllegalTransitionException;
import io.zhucan.platform.domain.RuleViolationException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class FittingTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final CatalogueItem ELECTRIC_WHEELCHAIR = new CatalogueItem("WHEELCHAIR-ELECTRIC", "电动轮椅",
            Set.of(DisabilityCategory.PHYSICAL, DisabilityCategory.MULTIPLE),
            Set.of(DisabilityGrade.GRADE_1, DisabilityGrade.GRADE_2), 300_000, true, false);
    private static final CatalogueItem HEARING_AID = new CatalogueItem("HEARING-AID", "助听器",
            Set.of(DisabilityCategory.HEARING), Set.of(DisabilityGrade.values()), 150_000, false, false);

    @Test
    void theCatalogueSuitsADeviceByCategoryAndGradeOfAnyDisability() {
        assertThat(ELECTRIC_WHEELCHAIR.suits(List.of(physical(DisabilityGrade.GRADE_2)))).isTrue();
        assertThat(ELECTRIC_WHEELCHAIR.suits(List.of(physical(DisabilityGrade.GRADE_3)))).as("grade not suited").isFalse();
        assertThat(ELECTRIC_WHEELCHAIR.suits(List.of(new Disability(DisabilityCategory.HEARING, DisabilityGrade.GRADE_1))))
                .as("category not suited").isFalse();
        assertThat(HEARING_AID.suits(List.of(physical(DisabilityGrade.GRADE_2),
                new Disability(DisabilityCategory.HEARING, DisabilityGrade.GRADE_4)))).as("a multiple disability").isTrue();
    }

    @Test
    void aSuitedDeviceIsOrderedWithItsCoPayAndFitted() {
        Fitting ordered = order(ELECTRIC_WHEELCHAIR, true, 420_000, null, null);
        assertThat(ordered.status()).isEqualTo(FittingStatus.ORDERED);
        assertThat(ordered.coPay()).isEqualTo(new CoPay(420_000, 300_000, 120_000));
        Fitting fitted = ordered.fit(TODAY);
        assertThat(fitted.status()).isEqualTo(FittingStatus.FITTED);
        assertThat(fitted.fittedOn()).isEqualTo(TODAY);
        assertThatThrownBy(() -> fitted.fit(TODAY)).isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void anUnsuitedDeviceNeedsAReasonAndASecondPerson() {
        assertThatThrownBy(() -> order(HEARING_AID, false, 150_000, null, " "))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("override reason");
        Fitting awaiting = order(HEARING_AID, false, 150_000, null, "听力评估报告显示需要");
        assertThat(awaiting.status()).isEqualTo(FittingStatus.AWAITING_OVERRIDE);
        assertThatThrownBy(() -> awaiting.fit(TODAY)).isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> awaiting.approveOverride("cw-wang")).isInstanceOf(FourEyesViolationException.class);
        Fitting approved = awaiting.approveOverride("cw-zhao");
        assertThat(approved.status()).isEqualTo(FittingStatus.ORDERED);
        assertThat(approved.overrideApprovedBy()).isEqualTo("cw-zhao");
    }

    @Test
    void aRentalHasAReturnDateInTheFutureAndIsOverdueAfterIt() {
        assertThatThrownBy(() -> order(HEARING_AID, true, 150_000, TODAY.plusMonths(6), null))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("not lent out");
        assertThatThrownBy(() -> order(ELECTRIC_WHEELCHAIR, true, 10_000, TODAY, null))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("future");
        Fitting rented = order(ELECTRIC_WHEELCHAIR, true, 10_000, TODAY.plusMonths(6), null).fit(TODAY);
        assertThat(rented.isOverdue(TODAY.plusMonths(6))).isFalse();
        assertThat(rented.isOverdue(TODAY.plusMonths(6).plusDays(1))).isTrue();
        Fitting back = rented.returned(TODAY.plusMonths(7));
        assertThat(back.status()).isEqualTo(FittingStatus.RETURNED);
        assertThat(back.isOverdue(TODAY.plusMonths(8))).isFalse();
        assertThatThrownBy(() -> order(ELECTRIC_WHEELCHAIR, true, 1, null, null).fit(TODAY).returned(TODAY))
                .isInstanceOf(IllegalTransitionException.class);
    }

    private static Disability physical(DisabilityGrade grade) {
        return new Disability(DisabilityCategory.PHYSICAL, grade);
    }

    private static Fitting order(CatalogueItem item, boolean suited, long price, LocalDate returnDue, String reason) {
        return Fitting.order(UUID.randomUUID(), UUID.randomUUID(), "330102", item, suited, "model", price, returnDue,
                reason, "cw-wang", TODAY);
    }
}
