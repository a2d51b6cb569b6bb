package io.zhucan.rehabilitation.support;

import static org.awaitility.Awaitility.await;

import io.zhucan.platform.events.EventCodec;
import io.zhucan.platform.events.IntegrationEvent;
import io.zhucan.platform.events.certification.CertificateIssued;
import io.zhucan.platform.events.certification.Disability;
import io.zhucan.platform.events.vocabulary.DisabilityCategory;
import io.zhucan.platform.events.vocabulary.DisabilityGrade;
import io.zhucan.platform.events.vocabulary.ResidentIdNumbers;
import io.zhucan.platform.events.vocabulary.Sex;
import io.zhucan.platform.testing.PlatformIntegrationTest;
import io.zhucan.platform.testing.TestApi;
import io.zhucan.platform.testing.TestEvents;
import io.zhucan.platform.testing.TestInfrastructure;
import io.zhucan.platform.testing.TestJwtIssuer;
import io.zhucan.rehabilitation.RehabilitationApplication;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
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
        "zhucan.messaging.relay.max-back-off=1s",
        "zhucan.messaging.topics.partitions=3",
        "zhucan.messaging.consumer.max-retries=2",
        "zhucan.messaging.consumer.initial-back-off=100ms",
        "zhucan.messaging.consumer.max-back-off=200ms",
        "zhucan.rehabilitation.rental-reminders.cron=-"})
public abstract class RehabIT {

    protected static final Duration WITHIN = Duration.ofSeconds(30);
    private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 1000));

    protected final TestJwtIssuer tokens = TestInfrastructure.jwtIssuer();
    protected final EventCodec codec = new EventCodec();

    @Autowired protected JdbcClient jdbc;
    @Autowired protected KafkaTemplate<String, byte[]> kafka;
    @LocalServerPort protected int port;
    protected TestApi api;

    @BeforeEach
    void connect() {
        api = new TestApi(port);
    }

    protected static LocalDate today() {
        return LocalDate.now(RehabilitationApplication.PROVINCE_TIME);
    }

    protected static CertificateIssued issued(UUID person, String county, DisabilityCategory category,
            DisabilityGrade grade, LocalDate birthDate) {
        return new CertificateIssued(UUID.randomUUID(), Instant.now(), person, UUID.randomUUID(), UUID.randomUUID(),
                idNumber(county, birthDate) + category.digit() + grade.level(), category, grade,
                List.of(new Disability(category, grade)), county, birthDate, Sex.FEMALE, today(), today().plusYears(10));
    }

    /** A fresh, valid resident ID number of a person born on {@code born} (GB 11643 check character). */
    protected static String idNumber(String county, LocalDate born) {
        String first17 = county + born.toString().replace("-", "") + String.format("%03d", SEQUENCE.incrementAndGet() % 1000);
        return first17 + ResidentIdNumbers.checkCharacter(first17);
    }

    /** Publishes an event on its topic as the producing service would (binary CloudEvent, keyed). */
    protected void send(IntegrationEvent event) {
        TestEvents.send(kafka, event);
    }

    /** A person with a certificate issued today and the need it opened; returns the need id. */
    protected UUID certifiedPerson(UUID person, String county, DisabilityCategory category, DisabilityGrade grade) {
        send(issued(person, county, category, grade, LocalDate.of(1980, 5, 5)));
        await().atMost(WITHIN).until(() -> needsOf(person).size() == 1);
        return (UUID) needsOf(person).getFirst().get("id");
    }

    protected List<Map<String, Object>> needsOf(UUID person) {
        return jdbc.sql("SELECT * FROM need WHERE person_id = :p ORDER BY opened_on, updated_at").param("p", person)
                .query().listOfRows();
    }

    protected String staff(String username, String region, String... roles) {
        return tokens.staff(username, region, roles).bearer();
    }

    protected String citizen(UUID person) {
        return tokens.citizen("citizen-" + person, person).bearer();
    }

    protected long audits(UUID person, String outcome) {
        return jdbc.sql("SELECT count(*) FROM person_access_audit WHERE person_id = :p AND outcome = :o")
                .param("p", person).param("o", outcome).query(Long.class).single();
    }
}
