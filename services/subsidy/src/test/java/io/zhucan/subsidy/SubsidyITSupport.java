package io.zhucan.subsidy;

import static org.awaitility.Awaitility.await;

import io.zhucan.platform.events.EventCodec;
import io.zhucan.platform.events.IntegrationEvent;
import io.zhucan.platform.events.Topics;
import io.zhucan.platform.events.certification.CertificateIssued;
import io.zhucan.platform.events.certification.Disability;
import io.zhucan.platform.events.vocabulary.DisabilityCategory;
import io.zhucan.platform.events.vocabulary.DisabilityGrade;
import io.zhucan.platform.events.vocabulary.Sex;
import io.zhucan.platform.testing.PlatformIntegrationTest;
import io.zhucan.platform.testing.TestEvents;
import io.zhucan.platform.testing.TestInfrastructure;
import io.zhucan.platform.testing.TestJwtIssuer;
import io.zhucan.platform.testing.TopicReader;
import io.zhucan.platform.events.vocabulary.ResidentIdNumbers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.web.client.RestClient;

/**
 * Base of every integration test of the module: ONE application context (same annotation, same
 * properties) against the JVM's real PostgreSQL, KRaft broker and JWKS-serving token issuer.
 */
@PlatformIntegrationTest(properties = {
        "zhucan.messaging.relay.poll-interval=50ms",
        "zhucan.messaging.relay.max-back-off=1s",
        "zhucan.messaging.topics.partitions=3",
        "zhucan.messaging.consumer.max-retries=2",
        "zhucan.messaging.consumer.initial-back-off=100ms",
        "zhucan.messaging.consumer.max-back-off=200ms",
        "zhucan.subsidy.payment-run.cron=-",
        "zhucan.subsidy.reevaluation.due-versions-cron=-",
        "zhucan.subsidy.dibao-standards.cron=-",
        "zhucan.subsidy.yearly-review.cron=-",
        "zhucan.subsidy.payment-run.chunk-size=50"})
public abstract class SubsidyITSupport {

    protected static final Duration WITHIN = Duration.ofSeconds(30);
    protected static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final AtomicInteger PEOPLE = new AtomicInteger((int) (System.nanoTime() % 1000));

    protected final TestJwtIssuer tokens = TestInfrastructure.jwtIssuer();
    protected final EventCodec codec = new EventCodec();

    @Autowired protected JdbcClient jdbc;
    @Autowired protected KafkaTemplate<String, byte[]> kafka;
    @LocalServerPort protected int port;

    protected static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    protected static YearMonth thisMonth() {
        return YearMonth.now(ZONE);
    }

    protected static YearMonth nextMonth() {
        return thisMonth().plusMonths(1);
    }

    /** A fresh, valid resident ID number (GB 11643 check character). */
    protected static String newIdNumber() {
        int n = PEOPLE.incrementAndGet();
        String birth = LocalDate.of(1950, 1, 1).plusDays(n / 900).toString().replace("-", "");
        String first17 = "330102" + birth + String.format("%03d", 100 + n % 900);
        return first17 + ResidentIdNumbers.checkCharacter(first17);
    }

    /** A person and the certificate the certification service issues them today. */
    protected record Person(UUID personId, String idNumber, String county, DisabilityCategory category,
            DisabilityGrade grade) {

        CertificateIssued issued() {
            UUID certificate = UUID.nameUUIDFromBytes(("cert:" + personId).getBytes(StandardCharsets.UTF_8));
            return new CertificateIssued(UUID.randomUUID(), Instant.now(), personId, certificate, UUID.randomUUID(),
                    certificateNumber(), category, grade, List.of(new Disability(category, grade)), county,
                    LocalDate.of(1960, 1, 1), Sex.FEMALE, today(), today().plusYears(10));
        }

        String certificateNumber() {
            return idNumber + category.digit() + grade.level();
        }
    }

    protected static Person person(String county, DisabilityCategory category, DisabilityGrade grade) {
        return new Person(UUID.randomUUID(), newIdNumber(), county, category, grade);
    }

    /** Publishes an event on its topic as the producing service would (binary CloudEvent, keyed). */
    protected void send(IntegrationEvent event) {
        TestEvents.send(kafka, event);
    }

    protected RestClient http() {
        return RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultStatusHandler(status -> true, (request, response) -> { })
                .build();
    }

    protected RestClient.ResponseSpec get(String path, String bearer) {
        return http().get().uri(path).header(HttpHeaders.AUTHORIZATION, bearer).retrieve();
    }

    protected RestClient.ResponseSpec post(String path, String bearer, Object body) {
        return http().post().uri(path).header(HttpHeaders.AUTHORIZATION, bearer)
                .contentType(MediaType.APPLICATION_JSON).body(body).retrieve();
    }

    /** Approves a policy proposal as its checker does: runs its impact preview, then approves naming it. */
    protected org.springframework.http.ResponseEntity<Map> approvePolicy(Object proposalId, String bearer) {
        String proposal = "/api/subsidies/policy/proposals/" + proposalId;
        Object previewId = post(proposal + "/preview", bearer, Map.of()).body(Map.class).get("previewId");
        return post("/api/subsidies/approvals/" + proposalId + "/approve", bearer, Map.of("previewId", previewId))
                .toEntity(Map.class);
    }

    /** {@link #approvePolicy}, then waits until the new version is applied; returns the version. */
    protected long approvePolicyAndAwaitApplied(Object proposalId, String bearer) {
        var approved = approvePolicy(proposalId, bearer);
        org.assertj.core.api.Assertions.assertThat(approved.getStatusCode())
                .isEqualTo(org.springframework.http.HttpStatus.OK);
        long version = Long.parseLong(approved.getBody().get("outcome").toString().replace("policy version ", ""));
        await().atMost(WITHIN).until(() -> jdbc.sql("SELECT applied_at IS NOT NULL FROM policy_version WHERE version = :v")
                .param("v", version).query(Boolean.class).single());
        return version;
    }

    // ---- what the service did, straight from its tables

    protected List<Map<String, Object>> entitlementsOf(UUID person) {
        return jdbc.sql("""
                        SELECT e.*, (SELECT a.monthly_amount_fen FROM entitlement_amount a WHERE a.entitlement_id = e.id
                                     ORDER BY a.from_month DESC LIMIT 1) AS amount
                        FROM entitlement e WHERE person_id = :p ORDER BY allowance""")
                .param("p", person).query().listOfRows();
    }

    protected Map<String, Object> entitlement(UUID person, String allowance) {
        return entitlementsOf(person).stream().filter(e -> allowance.equals(e.get("allowance"))).findFirst()
                .orElseThrow(() -> new AssertionError("no " + allowance + " entitlement"));
    }

    protected boolean hasEntitlement(UUID person, String allowance, String status) {
        return entitlementsOf(person).stream()
                .anyMatch(e -> allowance.equals(e.get("allowance")) && status.equals(e.get("status")));
    }

    protected List<Map<String, Object>> decisionsOf(UUID person, String allowance) {
        return jdbc.sql("SELECT * FROM decision WHERE person_id = :p AND allowance = :a ORDER BY decided_at")
                .param("p", person).param("a", allowance).query().listOfRows();
    }

    protected List<Map<String, Object>> paymentsOf(UUID person) {
        return jdbc.sql("SELECT * FROM payment_instruction WHERE person_id = :p ORDER BY month, allowance")
                .param("p", person).query().listOfRows();
    }

    /** Waits until civil affairs' low-income fact is kept (facts and certificates travel on different topics). */
    protected void awaitLowIncome(String idNumber, String status) {
        await().atMost(WITHIN).until(() -> jdbc.sql(
                "SELECT count(*) FROM person_facts WHERE id_number = :id AND low_income_status = :s")
                .param("id", idNumber).param("s", status).query(Long.class).single() == 1);
    }

    /** Grants both allowances to a fresh grade-1 DIBAO person of {@code county}; returns them once granted. */
    protected Person grantedPerson(String county) {
        Person p = person(county, DisabilityCategory.PHYSICAL, DisabilityGrade.GRADE_1);
        send(new io.zhucan.platform.events.partner.LowIncomeStatusChanged("MZ-DB-" + UUID.randomUUID(), Instant.now(),
                p.idNumber(), io.zhucan.platform.events.vocabulary.LowIncomeStatus.DIBAO, today().minusMonths(2)));
        awaitLowIncome(p.idNumber(), "DIBAO");
        send(p.issued());
        await().atMost(WITHIN).until(() -> entitlementsOf(p.personId()).size() == 2);
        return p;
    }

    /** Records of a topic (read from the beginning by a fresh consumer) whose key is {@code key}. */
    protected static List<ConsumerRecord<String, byte[]>> recordsOn(String topic, String key, int atLeast) {
        return TopicReader.recordsWithKey(topic, key, atLeast);
    }

    protected static String type(ConsumerRecord<?, ?> record) {
        return TopicReader.header(record, "ce_type");
    }

    protected static List<String> typesOn(String key, int atLeast) {
        return recordsOn(Topics.SUBSIDY, key, atLeast).stream().map(SubsidyITSupport::type).toList();
    }
}
