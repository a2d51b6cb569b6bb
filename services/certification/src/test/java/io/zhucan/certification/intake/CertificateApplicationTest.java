package io.zhucan.certification.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zhucan.certification.calendar.WorkingDayCalendar;
import io.zhucan.certification.certificate.Assessment;
import io.zhucan.certification.shared.Disability;
import io.zhucan.platform.domain.FourEyesViolationException;
import io.zhucan.platform.domain.IllegalTransitionException;
import io.zhucan.platform.domain.RuleViolationException;
import io.zhucan.platform.events.certification.ApplicationChannel;
import io.zhucan.platform.events.vocabulary.DisabilityCategory;
import io.zhucan.platform.events.vocabulary.DisabilityGrade;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The application workflow: every (state, step) pair, four-eyes and the time limits. */
class CertificateApplicationTest {

    static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
    static final Instant NOW = Instant.parse("2026-11-23T02:00:00Z");
    static final TimeLimits LIMITS =
            new TimeLimits((county, on) -> new TimeLimits.StepDays(20, 10), new WorkingDayCalendar(List.of()));
    static final Assessment ASSESSMENT = new Assessment(
            List.of(new Disability(DisabilityCategory.HEARING, DisabilityGrade.GRADE_2)), "浙江省人民医院", "assessor.li", MONDAY);

    enum Step { ASSESS, APPROVE, REJECT, CLOSE }

    static final Map<ApplicationStatus, Set<Step>> ALLOWED = Map.of(
            ApplicationStatus.SUBMITTED, Set.of(Step.ASSESS, Step.REJECT, Step.CLOSE),
            ApplicationStatus.ASSESSED, Set.of(Step.APPROVE, Step.REJECT, Step.CLOSE),
            ApplicationStatus.APPROVED, Set.of(),
            ApplicationStatus.REJECTED, Set.of(),
            ApplicationStatus.CLOSED, Set.of());

    static Stream<Arguments> everyStateAndStep() {
        return Stream.of(ApplicationStatus.values()).flatMap(s -> Stream.of(Step.values()).map(t -> Arguments.of(s, t)));
    }

    @ParameterizedTest(name = "{0} + {1}")
    @MethodSource("everyStateAndStep")
    void eachStepIsAllowedExactlyWhereTheWorkflowSays(ApplicationStatus from, Step step) {
        CertificateApplication application = in(from);
        if (ALLOWED.get(from).contains(step)) {
            assertThat(apply(step).apply(application).status()).isNotEqualTo(from);
        } else {
            assertThatThrownBy(() -> apply(step).apply(application)).isInstanceOf(IllegalTransitionException.class);
        }
    }

    @Test
    void theReviewerCannotBeWhoRegisteredTheApplication() {
        CertificateApplication assessed = in(ApplicationStatus.ASSESSED);
        assertThatThrownBy(() -> assessed.approve("caseworker.wang", NOW)).isInstanceOf(FourEyesViolationException.class);
        assertThatThrownBy(() -> assessed.reject("caseworker.wang", "no", NOW)).isInstanceOf(FourEyesViolationException.class);
    }

    @Test
    void theReviewerCannotBeWhoRecordedTheAssessment() {
        assertThatThrownBy(() -> in(ApplicationStatus.ASSESSED).approve("assessor.li", NOW))
                .isInstanceOf(FourEyesViolationException.class);
    }

    @Test
    void aRejectionNeedsAReason() {
        assertThatThrownBy(() -> in(ApplicationStatus.ASSESSED).reject("reviewer.zhao", " ", NOW))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void eachStepIsDueWithinItsWorkingDaysAndOverdueAfter() {
        CertificateApplication submitted = in(ApplicationStatus.SUBMITTED);
        // 20 working days after Monday 23 Nov 2026 (weekends skipped)
        assertThat(submitted.stepDueOn()).isEqualTo(LocalDate.of(2026, 12, 21));
        assertThat(submitted.isOverdue(LocalDate.of(2026, 12, 21))).isFalse();
        assertThat(submitted.isOverdue(LocalDate.of(2026, 12, 22))).isTrue();

        CertificateApplication assessed = submitted.recordAssessment(ASSESSMENT, LocalDate.of(2026, 12, 4), LIMITS);
        assertThat(assessed.stepDueOn()).isEqualTo(LocalDate.of(2026, 12, 18));
        assertThat(assessed.approve("reviewer.zhao", NOW).isOverdue(LocalDate.of(2027, 6, 1))).isFalse();
    }

    @Test
    void aReassessmentNamesItsCertificate() {
        assertThatThrownBy(() -> CertificateApplication.submit(UUID.randomUUID(), UUID.randomUUID(),
                ApplicationKind.REASSESSMENT, null, "330102", "330102", ApplicationChannel.ASSISTED, false, "c", NOW,
                MONDAY, LIMITS)).isInstanceOf(RuleViolationException.class);
    }

    private static Function<CertificateApplication, CertificateApplication> apply(Step step) {
        return switch (step) {
            case ASSESS -> a -> a.recordAssessment(ASSESSMENT, MONDAY, LIMITS);
            case APPROVE -> a -> a.approve("reviewer.zhao", NOW);
            case REJECT -> a -> a.reject("reviewer.zhao", "评定结果未达到残疾标准", NOW);
            case CLOSE -> a -> a.close("死亡", NOW);
        };
    }

    static CertificateApplication in(ApplicationStatus status) {
        CertificateApplication submitted = CertificateApplication.submit(UUID.randomUUID(), UUID.randomUUID(),
                ApplicationKind.FIRST_CERTIFICATE, null, "330102", "330106", ApplicationChannel.ASSISTED, false,
                "caseworker.wang", NOW, MONDAY, LIMITS);
        return switch (status) {
            case SUBMITTED -> submitted;
            case ASSESSED -> submitted.recordAssessment(ASSESSMENT, MONDAY, LIMITS);
            case APPROVED -> submitted.recordAssessment(ASSESSMENT, MONDAY, LIMITS).approve("reviewer.zhao", NOW);
            case REJECTED -> submitted.reject("reviewer.zhao", "材料不全", NOW);
            case CLOSED -> submitted.close("死亡", NOW);
        };
    }
}
