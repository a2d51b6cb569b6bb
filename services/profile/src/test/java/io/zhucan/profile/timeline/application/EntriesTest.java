package io.zhucan.profile.timeline.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.zhucan.platform.events.certification.CertificateIssued;
import io.zhucan.platform.events.certification.Disability;
import io.zhucan.platform.events.partner.LowIncomeStatusChanged;
import io.zhucan.platform.events.subsidy.EligibilityDecided;
import io.zhucan.platform.events.subsidy.EligibilityOutcome;
import io.zhucan.platform.events.subsidy.EntitlementSuspended;
import io.zhucan.platform.events.vocabulary.Allowance;
import io.zhucan.platform.events.vocabulary.DisabilityCategory;
import io.zhucan.platform.events.vocabulary.DisabilityGrade;
import io.zhucan.platform.events.vocabulary.LowIncomeStatus;
import io.zhucan.platform.events.vocabulary.Sex;
import io.zhucan.profile.timeline.TimelineEntry;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** An event as a timeline entry: no personal numbers, reasons and rule ids apart. */
class EntriesTest {

    private static final String ID_NUMBER = "330212198005050012";

    @Test
    void theCertificateAndIdNumbersNeverEnterTheTimeline() {
        TimelineEntry issued = Entries.of(new CertificateIssued(UUID.randomUUID(), Instant.now(), UUID.randomUUID(),
                UUID.randomUUID(), UUID.randomUUID(), ID_NUMBER + "42", DisabilityCategory.PHYSICAL,
                DisabilityGrade.GRADE_2, List.of(new Disability(DisabilityCategory.PHYSICAL, DisabilityGrade.GRADE_2)),
                "330212", LocalDate.of(1980, 5, 5), Sex.MALE, LocalDate.now(), LocalDate.now().plusYears(10)));
        assertThat(issued.type()).isEqualTo("io.zhucan.certification.certificate.issued.v1");
        assertThat(issued.summary()).doesNotContainKeys("certificateNumber", "personId", "eventId")
                .containsEntry("grade", "GRADE_2").containsEntry("householdCounty", "330212");
        assertThat(issued.summary().toString()).doesNotContain(ID_NUMBER);

        TimelineEntry fact = Entries.of(new LowIncomeStatusChanged("mz-1", Instant.now(), ID_NUMBER,
                LowIncomeStatus.DIBAO, LocalDate.now()));
        assertThat(fact.summary()).doesNotContainKeys("idNumber", "factId").containsEntry("status", "DIBAO");
    }

    @Test
    void aDecisionKeepsItsFailedRulesAndMissingFactsAndATransitionItsReason() {
        TimelineEntry decided = Entries.of(new EligibilityDecided(UUID.randomUUID(), Instant.now(), UUID.randomUUID(),
                UUID.randomUUID(), Allowance.NURSING, EligibilityOutcome.NOT_ELIGIBLE, List.of("nursing-grade", "ltc"),
                List.of("low-income-status"), "330212", 3));
        assertThat(decided.rules()).isEqualTo("nursing-grade,ltc;missing:low-income-status");
        assertThat(decided.summary()).containsEntry("failedRules", List.of("nursing-grade", "ltc"));
        TimelineEntry suspended = Entries.of(new EntitlementSuspended(UUID.randomUUID(), Instant.now(),
                UUID.randomUUID(), UUID.randomUUID(), Allowance.LIVING, "330212", "certificate-expired", YearMonth.now()));
        assertThat(suspended.reason()).isEqualTo("certificate-expired");
        assertThat(suspended.rules()).isNull();
        assertThat(suspended.summary()).doesNotContainKey("reason");
    }
}
