package io.zhucan.platform.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudevents.CloudEvent;
import io.zhucan.platform.events.certification.CertificateIssued;
import io.zhucan.platform.events.partner.DeathRegistered;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.node.ObjectNode;

/** Every event type has a schema, and realistic samples of every type are valid against it. */
class EventContractTest {

    private final EventCodec codec = new EventCodec();

    static Stream<IntegrationEvent> samples() {
        return EventSamples.all().stream();
    }

    @Test
    void everyCatalogTypeHasASample() {
        List<Class<?>> sampled = EventSamples.all().stream().<Class<?>>map(Object::getClass).toList();
        assertThat(sampled).containsExactlyInAnyOrderElementsOf(
                EventCatalog.ALL.stream().<Class<?>>map(EventType::payloadType).toList());
    }

    @ParameterizedTest
    @MethodSource("samples")
    void sampleIsSchemaValidAndSurvivesTheCloudEventRoundTrip(IntegrationEvent sample) {
        EventType<?> type = EventCatalog.of(sample.getClass());
        CloudEvent cloudEvent = codec.toCloudEvent(sample);

        assertThat(cloudEvent.getType()).isEqualTo(type.name());
        assertThat(cloudEvent.getId()).isEqualTo(sample.eventId().toString());
        assertThat(cloudEvent.getSubject()).isEqualTo(sample.partitionKey());
        assertThat(cloudEvent.getExtension(EventCodec.PARTITION_KEY)).isEqualTo(sample.partitionKey());
        assertThat(cloudEvent.getDataSchema()).isEqualTo(type.dataSchema());
        assertThat(codec.fromCloudEvent(cloudEvent)).isEqualTo(sample);
    }

    @ParameterizedTest
    @MethodSource("samples")
    void payloadMissingARequiredPropertyIsRejected(IntegrationEvent sample) {
        EventType<?> type = EventCatalog.of(sample.getClass());
        ObjectNode json = (ObjectNode) codec.json().readTree(codec.toJson(sample));
        json.remove("occurredAt");

        assertThatThrownBy(() -> codec.fromJson(type, codec.json().writeValueAsBytes(json)))
                .isInstanceOf(InvalidEventException.class)
                .hasMessageContaining("breaks its schema");
    }

    @Test
    void aCertificateIssuedWrittenBeforeTheMigratedFlagReadsAsNotMigrated() {
        CertificateIssued issued = EventSamples.all().stream().filter(CertificateIssued.class::isInstance)
                .map(CertificateIssued.class::cast).findFirst().orElseThrow();
        CertificateIssued migrated = new CertificateIssued(issued.eventId(), issued.occurredAt(), issued.personId(),
                issued.certificateId(), issued.applicationId(), issued.certificateNumber(), issued.category(),
                issued.grade(), issued.disabilities(), issued.householdCounty(), issued.birthDate(), issued.sex(),
                issued.issuedOn(), issued.validUntil(), true);
        ObjectNode json = (ObjectNode) codec.json().readTree(codec.toJson(migrated));
        assertThat(codec.fromJson(CertificateIssued.TYPE, codec.json().writeValueAsBytes(json)).migrated()).isTrue();
        json.remove("migrated");

        assertThat(codec.fromJson(CertificateIssued.TYPE, codec.json().writeValueAsBytes(json))).isEqualTo(issued);
    }

    @Test
    void malformedIdNumberInAPartnerFactIsRejectedWithoutEchoingIt() {
        byte[] payload = """
                {"factId":"MZ-1","occurredAt":"2026-11-25T00:00:00Z","idNumber":"33010219900307002Y",
                 "dateOfDeath":"2026-11-20"}""".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> codec.fromJson(DeathRegistered.TYPE, payload))
                .isInstanceOf(InvalidEventException.class)
                .hasMessageContaining("idNumber")
                .hasMessageNotContaining("33010219900307002Y");
    }

    @Test
    void notJsonIsRejected() {
        assertThatThrownBy(() -> codec.fromJson(DeathRegistered.TYPE, "{not json".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidEventException.class)
                .hasMessageContaining("not valid JSON");
    }

    @Test
    void sameFactDeliveredTwiceHasTheSameEventId() {
        DeathRegistered first = new DeathRegistered("MZ-SW-1", EventSamples.AT, EventSamples.ID_NUMBER, EventSamples.TODAY);
        DeathRegistered again = new DeathRegistered("MZ-SW-1", EventSamples.AT.plusSeconds(60), EventSamples.ID_NUMBER,
                EventSamples.TODAY);

        assertThat(again.eventId()).isEqualTo(first.eventId());
        assertThat(new DeathRegistered("MZ-SW-2", EventSamples.AT, EventSamples.ID_NUMBER, EventSamples.TODAY).eventId())
                .isNotEqualTo(first.eventId());
    }

    @Test
    void factsOfDifferentTypesMayShareARecordId() {
        var lowIncome = new io.zhucan.platform.events.partner.LowIncomeStatusChanged("MZ-1", EventSamples.AT,
                EventSamples.ID_NUMBER, io.zhucan.platform.events.vocabulary.LowIncomeStatus.DIBAO, EventSamples.TODAY);
        var death = new DeathRegistered("MZ-1", EventSamples.AT, EventSamples.ID_NUMBER, EventSamples.TODAY);

        assertThat(death.eventId()).isNotEqualTo(lowIncome.eventId());
    }
}
