package io.zhucan.certification.certificate;

import io.zhucan.certification.shared.Disability;
import static io.zhucan.certification.certificate.CertificateStatus.CANCELLED;
import static io.zhucan.certification.certificate.CertificateStatus.EXPIRED;
import static io.zhucan.certification.certificate.CertificateStatus.SUSPENDED;
import static io.zhucan.certification.certificate.CertificateStatus.VALID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zhucan.platform.events.vocabulary.ResidentIdNumber;
import io.zhucan.platform.domain.ConflictException;
import io.zhucan.platform.domain.IllegalTransitionException;
import io.zhucan.platform.events.certification.CancellationReason;
import io.zhucan.platform.events.vocabulary.DisabilityCategory;
import io.zhucan.platform.events.vocabulary.DisabilityGrade;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The certificate state machine, every (state, action) pair, against a table written out by hand. */
class CertificateLifecycleTest {

    static final LocalDate ISSUED = LocalDate.of(2020, 3, 1);
    static final Validity TEN_YEARS = new Validity(Period.ofYears(10), 90);
    static final ResidentIdNumber HOLDER = ResidentIdNumber.parse("11010519491231002X", LocalDate.of(2026, 1, 1));

    /** Expected outcome: the resulting status, or null for "refused". */
    static final Map<CertificateStatus, Map<CertificateAction, CertificateStatus>> EXPECTED = Map.of(
            VALID, Map.of(
                    CertificateAction.RENEW, VALID, CertificateAction.REGRADE, VALID, CertificateAction.TRANSFER, VALID,
                    CertificateAction.REISSUE, VALID, CertificateAction.SUSPEND, SUSPENDED,
                    CertificateAction.EXPIRE, EXPIRED, CertificateAction.CANCEL, CANCELLED),
            SUSPENDED, Map.of(
                    CertificateAction.TRANSFER, SUSPENDED, CertificateAction.REINSTATE, VALID,
                    CertificateAction.CANCEL, CANCELLED),
            EXPIRED, Map.of(
                    CertificateAction.RENEW, VALID, CertificateAction.TRANSFER, EXPIRED,
                    CertificateAction.CANCEL, CANCELLED),
            CANCELLED, Map.of());

    static Stream<Arguments> everyStateAndAction() {
        return Stream.of(CertificateStatus.values())
                .flatMap(s -> Stream.of(CertificateAction.values()).map(a -> Arguments.of(s, a)));
    }

    @ParameterizedTest(name = "{0} + {1}")
    @MethodSource("everyStateAndAction")
    void eachActionIsAllowedExactlyWhereTheTableSays(CertificateStatus from, CertificateAction action) {
        Certificate certificate = in(from);
        CertificateStatus expected = EXPECTED.get(from).get(action);
        assertThat(certificate.allows(action)).isEqualTo(expected != null);
        if (expected == null) {
            assertThatThrownBy(() -> apply(action).apply(certificate)).isInstanceOf(IllegalTransitionException.class);
        } else {
            assertThat(apply(action).apply(certificate).status()).isEqualTo(expected);
        }
    }

    @Test
    void theNumberIsTheIdNumberThenCategoryThenGrade() {
        Certificate issued = issue(List.of(new Disability(DisabilityCategory.PHYSICAL, DisabilityGrade.GRADE_2)));
        assertThat(issued.number()).isEqualTo("11010519491231002X42");
        assertThat(issued.validUntil()).isEqualTo(LocalDate.of(2030, 2, 28));
    }

    @Test
    void severalDisabilitiesMakeAMultipleCertificateWithTheMostSevereGrade() {
        Certificate issued = issue(List.of(new Disability(DisabilityCategory.VISUAL, DisabilityGrade.GRADE_3),
                new Disability(DisabilityCategory.HEARING, DisabilityGrade.GRADE_1)));
        assertThat(issued.category()).isEqualTo(DisabilityCategory.MULTIPLE);
        assertThat(issued.grade()).isEqualTo(DisabilityGrade.GRADE_1);
        assertThat(issued.number()).endsWith("71");
    }

    @Test
    void aRegradeRenumbersTheCertificate() {
        Certificate regraded = in(VALID).regrade(HOLDER, new Assessment(
                List.of(new Disability(DisabilityCategory.PHYSICAL, DisabilityGrade.GRADE_1)), "医院", "a", ISSUED));
        assertThat(regraded.number()).endsWith("41");
        assertThat(regraded.grade()).isEqualTo(DisabilityGrade.GRADE_1);
    }

    @Test
    void renewalOpensOnlyWithinTheWindowBeforeExpiry() {
        Certificate valid = in(VALID);
        LocalDate windowOpens = valid.validUntil().minusDays(90);

        assertThatThrownBy(() -> valid.renew(windowOpens.minusDays(1), TEN_YEARS)).isInstanceOf(ConflictException.class);
        Certificate renewed = valid.renew(windowOpens, TEN_YEARS);
        assertThat(renewed.issuedOn()).isEqualTo(windowOpens);
        assertThat(renewed.validUntil()).isEqualTo(windowOpens.plusYears(10).minusDays(1));
    }

    @Test
    void aCertificateExpiresOnlyAfterItsLastValidDay() {
        Certificate valid = in(VALID);
        assertThatThrownBy(() -> valid.expire(valid.validUntil())).isInstanceOf(IllegalTransitionException.class);
        assertThat(valid.expire(valid.validUntil().plusDays(1)).status()).isEqualTo(EXPIRED);
    }

    @Test
    void onlyAValidCertificateWithinItsValidityVerifies() {
        Certificate valid = in(VALID);
        assertThat(valid.verifies(ISSUED.plusDays(1))).isTrue();
        assertThat(valid.verifies(valid.validUntil().plusDays(1))).isFalse();
        assertThat(in(SUSPENDED).verifies(ISSUED.plusDays(1))).isFalse();
        assertThat(in(EXPIRED).verifies(ISSUED.plusDays(1))).isFalse();
        assertThat(in(CANCELLED).verifies(ISSUED.plusDays(1))).isFalse();
    }

    @Test
    void reissueReplacesTheVerificationCode() {
        assertThat(in(VALID).reissue("NEWCODE000000000").verificationCode()).isEqualTo("NEWCODE000000000");
    }

    private static Function<Certificate, Certificate> apply(CertificateAction action) {
        return switch (action) {
            case RENEW -> c -> c.renew(c.validUntil().minusDays(10), TEN_YEARS);
            case REGRADE -> c -> c.regrade(HOLDER, new Assessment(
                    List.of(new Disability(DisabilityCategory.VISUAL, DisabilityGrade.GRADE_1)), "医院", "a", ISSUED));
            case TRANSFER -> c -> c.transfer("330106");
            case REISSUE -> c -> c.reissue("ZZZZZZZZZZZZZZZZ");
            case SUSPEND -> c -> c.suspend("核查");
            case REINSTATE -> Certificate::reinstate;
            case EXPIRE -> c -> c.expire(c.validUntil().plusDays(1));
            case CANCEL -> c -> c.cancel(CancellationReason.REQUEST, ISSUED.plusYears(1));
        };
    }

    static Certificate in(CertificateStatus status) {
        Certificate valid = issue(List.of(new Disability(DisabilityCategory.PHYSICAL, DisabilityGrade.GRADE_2)));
        return switch (status) {
            case VALID -> valid;
            case SUSPENDED -> valid.suspend("核查");
            case EXPIRED -> valid.expire(valid.validUntil().plusDays(1));
            case CANCELLED -> valid.cancel(CancellationReason.REQUEST, ISSUED.plusYears(1));
        };
    }

    private static Certificate issue(List<Disability> disabilities) {
        return Certificate.issue(UUID.randomUUID(), UUID.randomUUID(), HOLDER,
                new Assessment(disabilities, "浙江省人民医院", "assessor", ISSUED), "330102", ISSUED, TEN_YEARS,
                "ABCDEFGHJKMNPQRS");
    }
}
