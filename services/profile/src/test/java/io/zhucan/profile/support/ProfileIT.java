package io.zhucan.profile.support;

import io.zhucan.platform.events.EventCodec;
import io.zhucan.platform.events.IntegrationEvent;
import io.zhucan.platform.events.certification.CertificateIssued;
import io.zhucan.platform.events.certification.Disability;
import io.zhucan.platform.events.subsidy.EligibilityDecided;
import io.zhucan.platform.events.subsidy.EligibilityOutcome;
import io.zhucan.platform.events.subsidy.EntitlementGranted;
import io.zhucan.platform.events.vocabulary.Allowance;
import io.zhucan.platform.events.vocabulary.DisabilityCategory;
import io.zhucan.platform.events.vocabulary.DisabilityGrade;
import io.zhucan.platform.events.vocabulary.ResidentIdNumbers;
import io.zhucan.platform.events.vocabulary.Sex;
import io.zhucan.platform.testing.PlatformIntegrationTest;
import io.zhucan.platform.testing.TestApi;
import io.zhucan.platform.testing.TestEvents;
import io.zhucan.platform.testing.TestInfrastructure;
import io.zhucan.platform.testing.TestJwtIssuer;
import io.zhucan.profile.indicator.application.IndicatorRefresh;
import io.zhucan.profile.shared.ProvinceTime;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Base of every integration test of the module: ONE application context against the JVM's real
 * PostgreSQL, KRaft broker and JWKS-serving token issuer. Each test uses counties of its own, so
 * counts per county do not mix between tests.
 */
@PlatformIntegrationTest(properties = {
        "zhucan.messaging.topics.partitions=3",
        "zhucan.messaging.consumer.max-retries=2",
        "zhucan.messaging.consumer.initial-back-off=100ms",
        "zhucan.messaging.consumer.max-back-off=200ms",
        "zhucan.profile.rebuild-check-interval=300ms",
        // tests refresh the materialised indicator counts themselves, after seeding (refreshIndicators)
        "zhucan.profile.indicators.first-refresh-after=24h",
        "zhucan.profile.indicators.months=2"})
public abstract class ProfileIT {

    protected static final Duration WITHIN = Duration.ofSeconds(30);
    private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 1000));

    protected final TestJwtIssuer tokens = TestInfrastructure.jwtIssuer();
    protected final EventCodec codec = new EventCodec();

    @Autowired protected JdbcClient jdbc;
    @Autowired protected KafkaTemplate<String, byte[]> kafka;
    @Autowired protected IndicatorRefresh indicatorRefresh;
    @LocalServerPort protected int port;
    protected TestApi api;

    @BeforeEach
    void connect() {
        api = new TestApi(port);
    }

    protected static LocalDate today() {
        return LocalDate.now(ProvinceTime.ZONE);
    }

    protected static YearMonth thisMonth() {
        return YearMonth.from(today());
    }

    /** A fresh, valid resident ID number of a person born on {@code born} (GB 11643 check character). */
    protected static String idNumber(String county, LocalDate born) {
        String first17 = county + born.toString().replace("-", "") + String.format("%03d", SEQUENCE.incrementAndGet() % 1000);
        return first17 + ResidentIdNumbers.checkCharacter(first17);
    }

    protected static CertificateIssued issued(Instant at, UUID person, String idNumber, String county, LocalDate issuedOn,
            LocalDate validUntil, LocalDate born, Sex sex) {
        return new CertificateIssued(UUID.randomUUID(), at, person, UUID.randomUUID(), UUID.randomUUID(),
                idNumber + "42", DisabilityCategory.PHYSICAL, DisabilityGrade.GRADE_2,
                List.of(new Disability(DisabilityCategory.PHYSICAL, DisabilityGrade.GRADE_2)), county, born, sex,
                issuedOn, validUntil);
    }

    /** A certified man born in 1980 (labour age), certificate valid for ten years from today. */
    protected UUID certified(String county) {
        return certified(county, null);
    }

    /** The same, living in {@code township} of the county as far as certification knows (null: not known). */
    protected UUID certified(String county, @Nullable String township) {
        UUID person = UUID.randomUUID();
        LocalDate born = LocalDate.of(1980, 5, 5);
        CertificateIssued e = issued(Instant.now(), person, idNumber(county, born), county, today(), today().plusYears(10),
                born, Sex.MALE);
        send(new CertificateIssued(e.eventId(), e.occurredAt(), person, e.certificateId(), e.applicationId(),
                e.certificateNumber(), e.category(), e.grade(), e.disabilities(), county, born, Sex.MALE, e.issuedOn(),
                e.validUntil(), null, township));
        return person;
    }

    protected static EligibilityDecided eligible(UUID person, Allowance allowance, String county, Instant at) {
        return eligible(person, UUID.randomUUID(), allowance, county, at);
    }

    protected static EligibilityDecided eligible(UUID person, UUID decision, Allowance allowance, String county,
            Instant at) {
        return new EligibilityDecided(UUID.randomUUID(), at, person, decision, allowance,
                EligibilityOutcome.ELIGIBLE, List.of(), List.of(), county, 1);
    }

    protected static EntitlementGranted granted(UUID person, UUID entitlement, Allowance allowance, String county,
            UUID decision, Instant at) {
        return new EntitlementGranted(UUID.randomUUID(), at, person, entitlement, allowance, county, 12_000,
                YearMonth.from(today()).plusMonths(1), decision);
    }

    /** Publishes an event on its topic as the producing service would (binary CloudEvent, keyed). */
    protected void send(IntegrationEvent event) {
        TestEvents.send(kafka, event);
    }

    protected int activeGeneration() {
        return jdbc.sql("SELECT generation FROM model_generation WHERE status = 'ACTIVE'").query(Integer.class).single();
    }

    /** Recomputes the active generation's materialised indicator counts (what the scheduled job does). */
    protected void refreshIndicators() {
        indicatorRefresh.refresh(activeGeneration());
    }

    protected long entries(UUID person) {
        return jdbc.sql("SELECT count(*) FROM timeline_entry WHERE generation = :g AND person_id = :p")
                .param("g", activeGeneration()).param("p", person).query(Long.class).single();
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
