package io.zhucan.subsidy.partner.application;

import static io.zhucan.subsidy.fakes.PeopleAndPolicy.CLOCK;
import static io.zhucan.subsidy.fakes.PeopleAndPolicy.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zhucan.platform.events.PartnerFact;
import io.zhucan.platform.events.partner.DeathRegistered;
import io.zhucan.platform.events.partner.LowIncomeStatusChanged;
import io.zhucan.platform.events.vocabulary.LowIncomeStatus;
import io.zhucan.platform.events.vocabulary.ResidentIdNumbers;
import io.zhucan.platform.security.CurrentUser;
import io.zhucan.subsidy.fakes.AuditedAccess;
import io.zhucan.subsidy.fakes.InMemoryReceivedFacts;
import io.zhucan.subsidy.fakes.PeopleAndPolicy;
import io.zhucan.subsidy.fakes.PublishedEvents;
import io.zhucan.platform.domain.RuleViolationException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

/** The partner REST intake: only the partner's own client, valid ID numbers, each record published once. */
class PartnerIntakeServiceTest {

    static final Instant NOW = Instant.parse("2026-11-15T02:00:00Z");

    final InMemoryReceivedFacts received = new InMemoryReceivedFacts();
    final PublishedEvents events = new PublishedEvents();
    final AuditedAccess audited = new AuditedAccess();
    final PartnerIntakeService intake = new PartnerIntakeService(received, events, audited.audit, CLOCK);

    final CurrentUser civilAffairs = client("civil-affairs");
    final String idNumber = PeopleAndPolicy.newIdNumber().value();

    static CurrentUser client(String clientId) {
        return new CurrentUser("service-account-" + clientId, Set.of("partner"), null, null, clientId);
    }

    static String bornOn(LocalDate day) {
        String first17 = "330102" + day.format(DateTimeFormatter.BASIC_ISO_DATE) + "123";
        return first17 + ResidentIdNumbers.checkCharacter(first17);
    }

    @Test
    void aNewFactIsRecordedAndPublishedOnce() {
        DeathRegistered fact = new DeathRegistered("ca-1", NOW, idNumber, TODAY);

        assertThat(intake.accept(civilAffairs, "civil-affairs", fact)).isTrue();

        assertThat(received.received).containsExactly(Map.entry("civil-affairs:io.zhucan.partner.civil-affairs.death.registered.v1:ca-1",
                "io.zhucan.partner.civil-affairs.death.registered.v1 " + PartnerFact.factEventId("civil-affairs",
                        "io.zhucan.partner.civil-affairs.death.registered.v1", "ca-1")));
        assertThat(events.all).containsExactly(fact);
        assertThat(audited.trail).isEmpty();
    }

    @Test
    void theSameRecordAgainIsAcceptedWithoutEffect() {
        intake.accept(civilAffairs, "civil-affairs", new DeathRegistered("ca-1", NOW, idNumber, TODAY));

        boolean first = intake.accept(civilAffairs, "civil-affairs", new DeathRegistered("ca-1", NOW, idNumber,
                TODAY.minusDays(1)));

        assertThat(first).isFalse();
        assertThat(events.all).hasSize(1);
        assertThat(received.received).hasSize(1);
    }

    @Test
    void anotherRecordOfTheSamePersonIsNew() {
        intake.accept(civilAffairs, "civil-affairs", new DeathRegistered("ca-1", NOW, idNumber, TODAY));

        assertThat(intake.accept(civilAffairs, "civil-affairs", new LowIncomeStatusChanged("ca-2", NOW, idNumber,
                LowIncomeStatus.DIBAO, TODAY))).isTrue();

        assertThat(events.all).hasSize(2);
        assertThat(received.received.get("civil-affairs:io.zhucan.partner.civil-affairs.low-income-status.changed.v1:ca-2"))
                .startsWith("io.zhucan.partner.civil-affairs.low-income-status.changed.v1 ");
    }

    @Test
    void theClientOfAnotherPartnerIsRefusedAndTheRefusalAudited() {
        CurrentUser healthInsurance = client("health-insurance");

        assertThatThrownBy(() -> intake.accept(healthInsurance, "civil-affairs",
                new DeathRegistered("ca-1", NOW, idNumber, TODAY))).isInstanceOf(AccessDeniedException.class)
                .hasMessage("this client may not report civil-affairs facts");

        assertThat(audited.trail).containsExactly(
                "DENIED service-account-health-insurance null partner-intake/civil-affairs");
        assertThat(received.received).isEmpty();
        assertThat(events.all).isEmpty();
    }

    @Test
    void aTokenWithoutClientIsRefused() {
        CurrentUser noClient = new CurrentUser("someone", Set.of("partner"), null, null, null);

        assertThatThrownBy(() -> intake.accept(noClient, "civil-affairs",
                new DeathRegistered("ca-1", NOW, idNumber, TODAY))).isInstanceOf(AccessDeniedException.class);
        assertThat(audited.trail).hasSize(1);
    }

    @Test
    void aDeathInTheFutureIsRefusedByItsRuleAndNothingIsRecorded() {
        assertThatThrownBy(() -> intake.accept(civilAffairs, "civil-affairs",
                new DeathRegistered("ca-1", NOW, idNumber, TODAY.plusDays(1)))).isInstanceOfSatisfying(
                RuleViolationException.class, e -> {
                    assertThat(e.rule()).isEqualTo("fact-date");
                    assertThat(e.getMessage()).isEqualTo("dateOfDeath is in the future");
                });

        assertThat(received.received).isEmpty();
        assertThat(events.all).isEmpty();
    }

    @Test
    void anInvalidIdNumberIsRefusedByItsRule() {
        String wrongCheck = idNumber.substring(0, 17) + (idNumber.charAt(17) == '1' ? '2' : '1');

        assertThatThrownBy(() -> intake.accept(civilAffairs, "civil-affairs",
                new DeathRegistered("ca-1", NOW, wrongCheck, TODAY))).isInstanceOfSatisfying(
                RuleViolationException.class, e -> {
                    assertThat(e.rule()).isEqualTo("resident-id-number");
                    assertThat(e.getMessage()).isEqualTo("idNumber is not a valid resident ID number")
                            .doesNotContain(wrongCheck);
                });

        assertThat(received.received).isEmpty();
        assertThat(events.all).isEmpty();
        assertThat(audited.trail).isEmpty();
    }

    @Test
    void noOneIsBornAfterToday() {
        assertThat(intake.accept(civilAffairs, "civil-affairs", new DeathRegistered("ca-1", NOW, bornOn(TODAY),
                TODAY))).isTrue();

        assertThatThrownBy(() -> intake.accept(civilAffairs, "civil-affairs",
                new DeathRegistered("ca-2", NOW, bornOn(TODAY.plusDays(1)), TODAY)))
                .isInstanceOf(RuleViolationException.class);
        assertThat(events.all).hasSize(1);
    }
}
