package io.zhucan.subsidy.facts;

import static io.zhucan.subsidy.fakes.PeopleAndPolicy.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import io.zhucan.platform.events.partner.CareBenefitStarted;
import io.zhucan.platform.events.partner.DeathRegistered;
import io.zhucan.platform.events.partner.LowIncomeStatusChanged;
import io.zhucan.platform.events.partner.PaymentSettlementReported;
import io.zhucan.platform.events.partner.SettlementStatus;
import io.zhucan.platform.events.vocabulary.CareScheme;
import io.zhucan.platform.events.vocabulary.LowIncomeStatus;
import io.zhucan.subsidy.fakes.PeopleAndPolicy;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A partner fact's date lies between the person's birth and today. */
class FactDatesTest {

    final String idNumber = PeopleAndPolicy.newIdNumber().value();
    final LocalDate birth = io.zhucan.platform.events.vocabulary.ResidentIdNumbers.birthDateOf(idNumber);

    DeathRegistered death(LocalDate on) {
        return new DeathRegistered("ca-1", Instant.EPOCH, idNumber, on);
    }

    @Test
    void aDeathFromBirthToTodayIsWithinBounds() {
        assertThat(FactDates.problemWith(death(TODAY), TODAY)).isEmpty();
        assertThat(FactDates.problemWith(death(birth), TODAY)).isEmpty();
    }

    @Test
    void aDeathInTheFutureOrBeforeBirthIsOutOfBoundsAndTheProblemNamesOnlyTheField() {
        assertThat(FactDates.problemWith(death(TODAY.plusDays(1)), TODAY)).contains("dateOfDeath is in the future");
        assertThat(FactDates.problemWith(death(birth.minusDays(1)), TODAY))
                .contains("dateOfDeath is before the person's birth");
    }

    @Test
    void effectiveDatesHaveTheSameBoundsExceptAHouseholdsLowIncomeStatusMayPredateBirth() {
        assertThat(FactDates.problemWith(new LowIncomeStatusChanged("ca-2", Instant.EPOCH, idNumber,
                LowIncomeStatus.DIBAO, TODAY.plusMonths(1)), TODAY)).contains("effectiveFrom is in the future");
        assertThat(FactDates.problemWith(new LowIncomeStatusChanged("ca-2", Instant.EPOCH, idNumber,
                LowIncomeStatus.DIBAO, birth.minusYears(1)), TODAY)).isEmpty();
        assertThat(FactDates.problemWith(new CareBenefitStarted("yb-1", Instant.EPOCH, idNumber,
                CareScheme.LONG_TERM_CARE_INSURANCE, birth.minusDays(1)), TODAY)).isPresent();
    }

    @Test
    void settlementsAreNotFactsAboutThePerson() {
        assertThat(FactDates.problemWith(new PaymentSettlementReported("s-1", Instant.EPOCH, idNumber,
                UUID.randomUUID(), SettlementStatus.PAID, null, TODAY.plusDays(3), 1), TODAY)).isEmpty();
    }
}
