package io.zhucan.rehabilitation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.zhucan.platform.events.Topics;
import io.zhucan.platform.events.certification.CancellationReason;
import io.zhucan.platform.events.certification.CertificateCancelled;
import io.zhucan.platform.events.certification.CertificateIssued;
import io.zhucan.platform.events.certification.CertificateRegraded;
import io.zhucan.platform.events.certification.CertificateTransferred;
import io.zhucan.platform.events.certification.Disability;
import io.zhucan.platform.events.vocabulary.DisabilityCategory;
import io.zhucan.platform.events.vocabulary.DisabilityGrade;
import io.zhucan.platform.messaging.consumer.EventDispatchers;
import io.zhucan.platform.messaging.deadletter.DeadLetter;
import io.zhucan.platform.messaging.deadletter.DeadLetterReplayer;
import io.zhucan.platform.messaging.deadletter.DeadLetterStore;
import io.zhucan.platform.messaging.deadletter.KeyPseudonyms;
import io.zhucan.platform.testing.TopicReader;
import io.zhucan.rehabilitation.need.application.NeedOpening;
import io.zhucan.rehabilitation.support.RehabIT;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A need is opened without application, exactly once per certificate event, and closed on cancellation. */
class NeedOpeningIT extends RehabIT {

    @Autowired EventDispatchers dispatchers;
    @Autowired NeedOpening needOpening;
    @Autowired DeadLetterStore deadLetters;
    @Autowired DeadLetterReplayer replayer;
    @Autowired KeyPseudonyms keyPseudonyms;

    @Test
    void anIssuedCertificateOpensOneNeedEvenWhenTheEventIsDeliveredThreeTimes() {
        UUID person = UUID.randomUUID();
        CertificateIssued issued = issued(person, "330106", DisabilityCategory.PHYSICAL, DisabilityGrade.GRADE_2,
                LocalDate.of(1975, 3, 1));

        send(issued);
        send(issued);
        send(issued);

        await().atMost(WITHIN).until(() -> needsOf(person).size() == 1);
        assertThat(needsOf(person).getFirst()).containsEntry("status", "OPEN").containsEntry("county", "330106")
                .containsEntry("trigger", "CERTIFICATE_ISSUED").containsEntry("opened_by_event", issued.eventId());
        List<ConsumerRecord<String, byte[]>> published = TopicReader.recordsWithKey(Topics.REHABILITATION,
                person.toString(), 1);
        assertThat(published).extracting(r -> TopicReader.header(r, "ce_type"))
                .containsExactly("io.zhucan.rehabilitation.need.opened.v1");
        assertThat(jdbc.sql("SELECT count(*) FROM inbox_message WHERE event_id = :e").param("e", issued.eventId())
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aCertificateMigratedFromTheLegacySystemKeepsTheProfileButOpensNoNeed() {
        UUID person = UUID.randomUUID();
        CertificateIssued i = issued(person, "330106", DisabilityCategory.PHYSICAL, DisabilityGrade.GRADE_2,
                LocalDate.of(1975, 3, 1));
        CertificateIssued migrated = new CertificateIssued(i.eventId(), i.occurredAt(), i.personId(), i.certificateId(),
                i.applicationId(), i.certificateNumber(), i.category(), i.grade(), i.disabilities(), i.householdCounty(),
                i.birthDate(), i.sex(), i.issuedOn(), i.validUntil(), true);

        send(migrated);

        await().atMost(WITHIN).until(() -> jdbc.sql("SELECT count(*) FROM inbox_message WHERE event_id = :e")
                .param("e", migrated.eventId()).query(Long.class).single() == 1);
        assertThat(jdbc.sql("SELECT county FROM person_profile WHERE person_id = :p").param("p", person)
                .query(String.class).single()).isEqualTo("330106");
        assertThat(needsOf(person)).isEmpty();
        assertThat(TopicReader.recordsWithKey(Topics.REHABILITATION, person.toString(), 0)).isEmpty();
    }

    @Test
    void aConsumerRestartedBeforeItsOffsetWasCommittedReadsTheEventAgainWithoutASecondNeed() {
        UUID person = UUID.randomUUID();
        send(issued(person, "330106", DisabilityCategory.MENTAL, DisabilityGrade.GRADE_2, LocalDate.of(1990, 1, 1)));
        await().atMost(WITHIN).until(() -> needsOf(person).size() == 1);
        // what a consumer killed after the database commit and before the offset commit reads again on restart
        ConsumerRecord<String, byte[]> record = TopicReader.recordsWithKey(Topics.CERTIFICATION, person.toString(), 1)
                .getFirst();

        boolean processedAgain = dispatchers.dispatcher().on(CertificateIssued.TYPE, needOpening::certificateIssued)
                .dispatch(record);

        assertThat(processedAgain).isFalse();
        assertThat(needsOf(person)).hasSize(1);
    }

    @Test
    void aRecordThatIsNoCloudEventIsParkedHoldsThePersonsNextEventUntilAnOperatorResolvesIt() {
        UUID person = UUID.randomUUID();
        String keyHash = keyPseudonyms.of(person.toString());
        kafka.send(Topics.CERTIFICATION, person.toString(), "not a cloud event".getBytes(StandardCharsets.UTF_8));
        send(issued(person, "330102", DisabilityCategory.SPEECH, DisabilityGrade.GRADE_3, LocalDate.of(1985, 6, 1)));

        // the poison record is parked and the person's certificate waits behind it: their order is kept
        await().atMost(WITHIN).until(() -> parkedOf(keyHash).size() == 2);
        List<DeadLetter> parked = parkedOf(keyHash);
        assertThat(parked.get(1).reason()).contains("held behind parked record " + parked.get(0).id());
        assertThat(needsOf(person)).isEmpty();

        // the operator discards the poison and replays the certificate: the need opens, once
        assertThat(replayer.discard(parked.get(0).id(), "op.wang")).isTrue();
        assertThat(replayer.replay(parked.get(1).id(), "op.wang")).contains(List.of(parked.get(1).id()));
        await().atMost(WITHIN).until(() -> needsOf(person).size() == 1);
    }

    private List<DeadLetter> parkedOf(String keyHash) {
        return deadLetters.list(false, 1000).stream().filter(d -> keyHash.equals(d.keyHash()))
                .sorted(java.util.Comparator.comparing(DeadLetter::originalOffset)).toList();
    }

    @Test
    void aRegradeOpensANewNeedClosesThePreviousOneAndATransferMovesTheOpenOne() {
        UUID person = UUID.randomUUID();
        UUID first = certifiedPerson(person, "330102", DisabilityCategory.HEARING, DisabilityGrade.GRADE_3);
        CertificateRegraded regraded = new CertificateRegraded(UUID.randomUUID(), Instant.now(), person,
                UUID.randomUUID(), "33010219600101002X22", DisabilityCategory.HEARING, DisabilityGrade.GRADE_3,
                DisabilityCategory.HEARING, DisabilityGrade.GRADE_2,
                List.of(new Disability(DisabilityCategory.HEARING, DisabilityGrade.GRADE_2)), "330102", today());

        send(regraded);
        send(regraded);
        await().atMost(WITHIN).until(() -> needsOf(person).size() == 2
                && needsOf(person).stream().anyMatch(n -> "CLOSED".equals(n.get("status"))));
        assertThat(needsOf(person)).filteredOn(n -> "CLOSED".equals(n.get("status")))
                .singleElement().satisfies(n -> {
                    assertThat(n).containsEntry("trigger", "CERTIFICATE_ISSUED")
                            .containsEntry("outcome", "SUPERSEDED_BY_REGRADE");
                    assertThat(n.get("id")).isEqualTo(first);
                });
        assertThat(TopicReader.recordsWithKey(Topics.REHABILITATION, person.toString(), 3))
                .extracting(r -> TopicReader.header(r, "ce_type"))
                .containsExactly("io.zhucan.rehabilitation.need.opened.v1", "io.zhucan.rehabilitation.need.opened.v1",
                        "io.zhucan.rehabilitation.need.closed.v1");
        send(new CertificateTransferred(UUID.randomUUID(), Instant.now(), person, UUID.randomUUID(), "330102", "330482",
                today()));

        await().atMost(WITHIN).until(() -> needsOf(person).stream()
                .anyMatch(n -> "330482".equals(n.get("county"))));
        assertThat(needsOf(person)).filteredOn(n -> "330482".equals(n.get("county"))).singleElement()
                .satisfies(n -> assertThat(n).containsEntry("trigger", "CERTIFICATE_REGRADED")
                        .doesNotContainEntry("status", "CLOSED"));
        assertThat(jdbc.sql("SELECT grade FROM person_profile WHERE person_id = :p").param("p", person)
                .query(String.class).single()).isEqualTo("GRADE_2");
    }

    @Test
    void aCancellationClosesTheOpenNeedsOnceAndPublishesTheirClosing() {
        UUID person = UUID.randomUUID();
        certifiedPerson(person, "330212", DisabilityCategory.VISUAL, DisabilityGrade.GRADE_1);
        CertificateCancelled cancelled = new CertificateCancelled(UUID.randomUUID(), Instant.now(), person,
                UUID.randomUUID(), "330212", CancellationReason.DEATH, today());

        send(cancelled);
        send(cancelled);

        await().atMost(WITHIN).until(() -> "CLOSED".equals(needsOf(person).getFirst().get("status")));
        assertThat(needsOf(person).getFirst()).containsEntry("outcome", "CERTIFICATE_CANCELLED");
        assertThat(TopicReader.recordsWithKey(Topics.REHABILITATION, person.toString(), 2))
                .extracting(r -> TopicReader.header(r, "ce_type"))
                .containsExactly("io.zhucan.rehabilitation.need.opened.v1", "io.zhucan.rehabilitation.need.closed.v1");
    }
}
