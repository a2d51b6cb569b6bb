package io.zhucan.certification.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zhucan.certification.shared.Disability;
import io.zhucan.platform.domain.FourEyesViolationException;
import io.zhucan.platform.domain.IllegalTransitionException;
import io.zhucan.platform.domain.RuleViolationException;
import io.zhucan.platform.events.certification.CancellationReason;
import io.zhucan.platform.events.vocabulary.DisabilityCategory;
import io.zhucan.platform.events.vocabulary.DisabilityGrade;
import io.zhucan.platform.events.vocabulary.ResidentIdNumber;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A transfer is asked for, then accepted by someone else; only a transferable certificate is asked for. */
class TransferTest {

    static final LocalDate ISSUED = LocalDate.of(2020, 3, 1);
    static final Instant NOW = Instant.parse("2026-11-23T02:00:00Z");

    private final Certificate certificate = Certificate.issue(UUID.randomUUID(), UUID.randomUUID(),
            ResidentIdNumber.parse("11010519491231002X", LocalDate.of(2026, 1, 1)),
            new Assessment(List.of(new Disability(DisabilityCategory.PHYSICAL, DisabilityGrade.GRADE_2)), "医院",
                    "assessor", ISSUED), "330102", ISSUED, new Validity(Period.ofYears(10), 90), "ABCDEFGHJKMNPQRS");

    @Test
    void aRequestNamesTheOriginAndTheDestinationAndWaits() {
        Transfer transfer = Transfer.request(UUID.randomUUID(), certificate, "330482", "caseworker.shangcheng", NOW);

        assertThat(transfer.fromCounty()).isEqualTo("330102");
        assertThat(transfer.toCounty()).isEqualTo("330482");
        assertThat(transfer.personId()).isEqualTo(certificate.personId());
        assertThat(transfer.status()).isEqualTo(Transfer.Status.REQUESTED);
        assertThat(transfer.decidedBy()).isNull();
    }

    @Test
    void theDestinationAcceptsOnceAndNeverWhoeverAsked() {
        Transfer transfer = Transfer.request(UUID.randomUUID(), certificate, "330482", "caseworker.shangcheng", NOW);

        assertThatThrownBy(() -> transfer.accept("caseworker.shangcheng", NOW))
                .isInstanceOf(FourEyesViolationException.class);
        Transfer accepted = transfer.accept("caseworker.pinghu", NOW.plusSeconds(60));
        assertThat(accepted.status()).isEqualTo(Transfer.Status.ACCEPTED);
        assertThat(accepted.decidedBy()).isEqualTo("caseworker.pinghu");
        assertThat(accepted.decidedAt()).isEqualTo(NOW.plusSeconds(60));
        assertThatThrownBy(() -> accepted.accept("caseworker.pinghu", NOW)).isInstanceOf(IllegalTransitionException.class);
        Transfer withdrawn = Transfer.request(UUID.randomUUID(), certificate, "330482", "a", NOW).withdraw("a", NOW);
        assertThat(withdrawn.status()).isEqualTo(Transfer.Status.WITHDRAWN);
        assertThatThrownBy(() -> withdrawn.accept("b", NOW)).isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void noRequestToTheSameCountyOrForACancelledCertificate() {
        assertThatThrownBy(() -> Transfer.request(UUID.randomUUID(), certificate, "330102", "a", NOW))
                .isInstanceOf(RuleViolationException.class);
        Certificate cancelled = certificate.cancel(CancellationReason.REQUEST, ISSUED.plusYears(1));
        assertThatThrownBy(() -> Transfer.request(UUID.randomUUID(), cancelled, "330482", "a", NOW))
                .isInstanceOf(IllegalTransitionException.class);
    }
}
