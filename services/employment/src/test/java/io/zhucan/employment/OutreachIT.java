package io.zhucan.employment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.zhucan.employment.support.EmploymentITSupport;
import io.zhucan.platform.events.certification.CertificateIssued;
import io.zhucan.platform.events.vocabulary.DisabilityCategory;
import io.zhucan.platform.events.vocabulary.DisabilityGrade;
import io.zhucan.platform.events.vocabulary.Sex;
import io.zhucan.platform.events.Topics;
import io.zhucan.platform.testing.TestInfrastructure;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;

/**
 * Certificate events from Kafka become outreach records: exactly once per person, only for a
 * holder of labour age on the day of issue, by the seeded policy (incl. the rising retirement ages).
 */
class OutreachIT extends EmploymentITSupport {

    @Autowired KafkaListenerEndpointRegistry listeners;

    @Test
    void aLabourAgeHolderGetsOneOutreachRecordEvenIfTheEventIsDeliveredAgainOrASecondCertificateArrives() {
        UUID person = UUID.randomUUID();
        CertificateIssued event = issued(person, "330102", LocalDate.of(1990, 3, 7), Sex.FEMALE, today(),
                DisabilityCategory.PHYSICAL, DisabilityGrade.GRADE_2);

        send(event);
        send(event);
        send(issued(person, "330102", LocalDate.of(1990, 3, 7), Sex.FEMALE, today(), DisabilityCategory.PHYSICAL,
                DisabilityGrade.GRADE_2));
        UUID marker = UUID.randomUUID();
        send(issued(marker, "330102", LocalDate.of(1990, 3, 7), Sex.FEMALE, today(), DisabilityCategory.PHYSICAL,
                DisabilityGrade.GRADE_2));

        // the marker is behind the three deliveries on the same topic; wait for it, then count
        await().atMost(WITHIN).until(() -> outreachCount(marker) == 1);
        await().atMost(WITHIN).until(() -> inboxHas(event.eventId()));
        assertThat(outreachCount(person)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT county FROM outreach WHERE person_id = :p").param("p", person)
                .query(String.class).single()).isEqualTo("330102");
    }

    @Test
    void aCertificateMigratedFromTheLegacySystemKeepsTheHolderButReachesOutToNobody() {
        UUID person = UUID.randomUUID();
        CertificateIssued i = issued(person, "330102", LocalDate.of(1990, 3, 7), Sex.FEMALE, today(),
                DisabilityCategory.PHYSICAL, DisabilityGrade.GRADE_2);
        CertificateIssued migrated = new CertificateIssued(i.eventId(), i.occurredAt(), i.personId(), i.certificateId(),
                i.applicationId(), i.certificateNumber(), i.category(), i.grade(), i.disabilities(), i.householdCounty(),
                i.birthDate(), i.sex(), i.issuedOn(), i.validUntil(), true);

        send(migrated);

        await().atMost(WITHIN).until(() -> inboxHas(migrated.eventId()));
        assertThat(holderKnown(person)).isTrue();
        assertThat(outreachCount(person)).isZero();
    }

    /**
     * The consumer dies after its transaction committed and before any offset did: the group is
     * rewound to offset zero, and the inbox rows are gone too (purged), so every certificate event is
     * delivered and processed again. The person's unique outreach row still stands alone.
     */
    @Test
    void aConsumerKilledBeforeCommittingItsOffsetsReplaysWithoutASecondOutreach() throws Exception {
        UUID person = UUID.randomUUID();
        CertificateIssued event = issued(person, "330106", LocalDate.of(1985, 5, 5), Sex.MALE, today(),
                DisabilityCategory.PHYSICAL, DisabilityGrade.GRADE_4);
        send(event);
        await().atMost(WITHIN).until(() -> outreachCount(person) == 1);
        UUID outreachId = outreachIdOf(person);

        listeners.getListenerContainers().forEach(MessageListenerContainer::stop);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestInfrastructure.broker().bootstrapServers()))) {
            var partitions = admin.describeTopics(java.util.List.of(Topics.CERTIFICATION)).allTopicNames().get()
                    .get(Topics.CERTIFICATION).partitions().stream()
                    .map(p -> new TopicPartition(Topics.CERTIFICATION, p.partition()))
                    .collect(Collectors.toMap(p -> p, p -> new OffsetAndMetadata(0)));
            await().atMost(WITHIN).ignoreExceptions().until(() -> {
                admin.alterConsumerGroupOffsets("employment", partitions).all().get();
                return true;
            });
        }
        jdbc.sql("DELETE FROM inbox_message WHERE consumer = 'employment'").update();
        listeners.getListenerContainers().forEach(MessageListenerContainer::start);

        await().atMost(WITHIN).until(() -> inboxHas(event.eventId()));
        assertThat(outreachCount(person)).isEqualTo(1);
        assertThat(outreachIdOf(person)).isEqualTo(outreachId);
    }

    @Test
    void labourAgeBeginsOnTheSixteenthBirthday() {
        LocalDate born = LocalDate.of(2010, 6, 30);
        assertThat(outreachOnIssue(born, Sex.MALE, LocalDate.of(2026, 6, 29))).isFalse();
        assertThat(outreachOnIssue(born, Sex.MALE, LocalDate.of(2026, 6, 30))).isTrue();
    }

    @Test
    void aManBornInMarch1965RetiresAtSixtyYearsAndOneMonth() {
        LocalDate born = LocalDate.of(1965, 3, 15);
        assertThat(outreachOnIssue(born, Sex.MALE, LocalDate.of(2025, 4, 14))).isTrue();
        assertThat(outreachOnIssue(born, Sex.MALE, LocalDate.of(2025, 4, 15))).isFalse();
    }

    @Test
    void aManBornBefore1965RetiresAtSixty() {
        LocalDate born = LocalDate.of(1964, 12, 20);
        assertThat(outreachOnIssue(born, Sex.MALE, LocalDate.of(2024, 12, 19))).isTrue();
        assertThat(outreachOnIssue(born, Sex.MALE, LocalDate.of(2024, 12, 20))).isFalse();
    }

    @Test
    void aManBornIn1980ReachesTheFullSixtyThree() {
        LocalDate born = LocalDate.of(1980, 5, 1);
        assertThat(outreachOnIssue(born, Sex.MALE, LocalDate.of(2043, 4, 30))).isTrue();
        assertThat(outreachOnIssue(born, Sex.MALE, LocalDate.of(2043, 5, 1))).isFalse();
    }

    @Test
    void aWomanBornInJune1972RetiresAtFiftyFiveAndEightMonths() {
        // FEMALE_55 scheme: born 1972-06 is 29 months after 1970-01 → 29 / 4 + 1 = 8 months' delay
        LocalDate born = LocalDate.of(1972, 6, 10);
        assertThat(outreachOnIssue(born, Sex.FEMALE, LocalDate.of(2028, 2, 9))).isTrue();
        assertThat(outreachOnIssue(born, Sex.FEMALE, LocalDate.of(2028, 2, 10))).isFalse();
    }

    @Test
    void aHolderOutsideLabourAgeIsKnownForTheQuotaButNotContacted() {
        UUID child = UUID.randomUUID();
        send(issued(child, "330106", today().minusYears(8), Sex.MALE, today(), DisabilityCategory.HEARING,
                DisabilityGrade.GRADE_3));
        await().atMost(WITHIN).until(() -> holderKnown(child));
        assertThat(outreachCount(child)).isZero();
    }

    @Test
    void caseworkersSeeTheOutreachListOfTheirRegionOnly() {
        UUID jiaxing = outreachedPerson("330402", DisabilityCategory.VISUAL, DisabilityGrade.GRADE_2);

        var hangzhou = as(caseworker("330100")).get(BASE + "/outreach");
        var jiaxingCity = as(caseworker("330400")).get(BASE + "/outreach");

        assertThat(hangzhou.status()).isEqualTo(200);
        assertThat(hangzhou.text()).doesNotContain(jiaxing.toString());
        assertThat(jiaxingCity.text()).contains(jiaxing.toString());
    }

    private boolean outreachOnIssue(LocalDate born, Sex sex, LocalDate issuedOn) {
        UUID person = UUID.randomUUID();
        send(issued(person, "330102", born, sex, issuedOn, DisabilityCategory.PHYSICAL, DisabilityGrade.GRADE_3));
        await().atMost(WITHIN).until(() -> holderKnown(person));
        return outreachCount(person) == 1;
    }

    private UUID outreachIdOf(UUID person) {
        return jdbc.sql("SELECT id FROM outreach WHERE person_id = :p").param("p", person).query(UUID.class).single();
    }

    private boolean inboxHas(UUID eventId) {
        return jdbc.sql("SELECT count(*) FROM inbox_message WHERE event_id = :e").param("e", eventId)
                .query(Long.class).single() == 1;
    }
}
