package io.zhucan.employment.support;

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
import io.zhucan.platform.testing.TestApi;
import io.zhucan.platform.testing.TestEvents;
import io.zhucan.platform.testing.TestInfrastructure;
import io.zhucan.platform.testing.TestJwtIssuer;
import io.zhucan.platform.testing.TopicReader;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Base of every integration test of the module: ONE application context (same annotation, same
 * properties) against the JVM's real PostgreSQL, KRaft broker and JWKS-serving token issuer.
 */
@PlatformIntegrationTest(properties = {
        "zhucan.messaging.relay.poll-interval=50ms",
        "zhucan.messaging.topics.partitions=3",
        "zhucan.messaging.consumer.max-retries=1",
        "zhucan.messaging.consumer.initial-back-off=100ms"})
public abstract class EmploymentITSupport {

    protected static final Duration WITHIN = Duration.ofSeconds(30);
    protected static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    protected static final String BASE = "/api/employment";

    protected final TestJwtIssuer tokens = TestInfrastructure.jwtIssuer();
    protected final EventCodec codec = new EventCodec();

    @Autowired protected JdbcClient jdbc;
    @Autowired protected KafkaTemplate<String, byte[]> kafka;
    @LocalServerPort protected int port;

    protected static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    protected TestApi.Caller as(String bearer) {
        return new TestApi(port).as(bearer);
    }

    protected String citizen(UUID personId) {
        return tokens.citizen("citizen-" + personId, personId).bearer();
    }

    protected String caseworker(String region) {
        return tokens.staff("caseworker." + region, region, "caseworker").bearer();
    }

    /** An employer's user, acting for the organisation with this credit code (the realm's organization claim). */
    protected String employer(String creditCode) {
        return tokens.user("employer." + creditCode).roles("employer").claim("organization", creditCode)
                .client("backoffice").bearer();
    }

    protected static String newCreditCode() {
        return "9133" + String.format("%014d", ThreadLocalRandom.current().nextLong(100_000_000_000_000L));
    }

    protected static CertificateIssued issued(UUID personId, String county, LocalDate birthDate, Sex sex,
            LocalDate issuedOn, DisabilityCategory category, DisabilityGrade grade) {
        return new CertificateIssued(UUID.randomUUID(), Instant.now(), personId, UUID.randomUUID(), UUID.randomUUID(),
                "33010219900307002X" + category.digit() + grade.level(), category, grade,
                List.of(new Disability(category, grade)), county, birthDate, sex, issuedOn, issuedOn.plusYears(10));
    }

    /** A certificate holder of labour age (aged 30 today) in {@code county}, with an outreach record. */
    protected UUID outreachedPerson(String county, DisabilityCategory category, DisabilityGrade grade) {
        UUID person = UUID.randomUUID();
        send(issued(person, county, today().minusYears(30), Sex.FEMALE, today(), category, grade));
        await().atMost(WITHIN).until(() -> outreachCount(person) == 1);
        return person;
    }

    /** Publishes an event on its topic as its producer would (binary CloudEvent, keyed). */
    protected void send(IntegrationEvent event) {
        TestEvents.send(kafka, event);
    }

    protected long outreachCount(UUID person) {
        return jdbc.sql("SELECT count(*) FROM outreach WHERE person_id = :p").param("p", person).query(Long.class)
                .single();
    }

    protected boolean holderKnown(UUID person) {
        return jdbc.sql("SELECT count(*) FROM certificate_holder WHERE person_id = :p").param("p", person)
                .query(Long.class).single() == 1;
    }

    /** A seeker profile request: full-time or online work in the county, with the accommodations needed. */
    protected static Map<String, Object> profile(String county, List<String> skills, List<String> needs,
            List<String> consent) {
        return Map.of("skills", skills, "education", "SENIOR_SECONDARY",
                "workForms", List.of("FULL_TIME", "HOME_BASED_ONLINE"), "locationCounty", county,
                "accommodations", needs, "consent", consent);
    }

    protected static Map<String, Object> job(String title, String county, boolean remote, String form, long wageFen,
            List<String> accessibility, List<String> skills) {
        return Map.of("title", title, "description", title, "requiredSkills", skills,
                "minimumEducation", "JUNIOR_SECONDARY", "workForm", form, "monthlyWageFen", wageFen, "county", county,
                "remote", remote, "accessibility", accessibility, "suitedCategories", List.of("PHYSICAL"));
    }

    /** Registers an employer of {@code county} (by a caseworker of the county); returns its credit code. */
    protected String registeredEmployer(String county, int headcount) {
        String code = newCreditCode();
        var response = as(caseworker(county)).post(BASE + "/employers", Map.of("creditCode", code,
                "name", "测试企业 " + code.substring(12), "county", county, "headcount", headcount));
        if (response.status() != 201) {
            throw new AssertionError("employer not registered: " + response.text());
        }
        return code;
    }

    protected String addJob(String creditCode, Map<String, Object> job) {
        var response = as(employer(creditCode)).post(BASE + "/employers/me/jobs", job);
        if (response.status() != 201) {
            throw new AssertionError("job not added: " + response.text());
        }
        return response.field("/id");
    }

    protected static List<ConsumerRecord<String, byte[]>> recordsOn(String key, int atLeast) {
        return TopicReader.recordsWithKey(Topics.EMPLOYMENT, key, atLeast);
    }

    protected static String type(ConsumerRecord<?, ?> record) {
        return TopicReader.header(record, "ce_type");
    }
}
