package io.zhucan.certification;

import static org.assertj.core.api.Assertions.assertThat;

import io.zhucan.certification.support.Actors;
import io.zhucan.certification.support.CertificationIntegrationTest;
import io.zhucan.certification.support.TestIdNumbers;
import io.zhucan.certification.support.Workflow;
import io.zhucan.platform.events.EventCodec;
import io.zhucan.platform.events.Topics;
import io.zhucan.platform.events.certification.CertificateIssued;
import io.zhucan.platform.testing.TestApi.Response;
import io.zhucan.platform.testing.TopicReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * 属地管理 down to the township (乡镇/街道): a township worker (nine-digit region claim) sees the persons
 * registered in their township only — not the next township's, not a person whose township is not
 * known — while the county, city and province see them all. Real signed JWTs throughout.
 */
@CertificationIntegrationTest
class TownshipScopeIT {

    private static final String DEQING = "330521";      // 德清县, 湖州市
    private static final String WUKANG = "330521001";   // 武康街道
    private static final String WUYANG = "330521002";   // 舞阳街道
    private static final String QUEUE = "/api/certification/applications?limit=500";

    @LocalServerPort int port;

    private Workflow workflow;

    @BeforeEach
    void setUp() {
        workflow = new Workflow(port);
    }

    @Test
    void aTownshipWorkerSeesTheirTownshipsPersonsOnlyAndTheWiderScopesSeeThemAll() {
        String wukangWorker = Actors.staff("caseworker.wukang", WUKANG, "caseworker");
        Response ofWukang = workflow.apply(wukangWorker, TestIdNumbers.adult(DEQING), DEQING, WUKANG);
        assertThat(ofWukang.status()).as(ofWukang.text()).isEqualTo(201);
        assertThat(ofWukang.field("/acceptingCounty")).as("accepted at the township's county").isEqualTo(DEQING);
        Response ofWuyang = workflow.apply(Actors.caseworker(DEQING), TestIdNumbers.adult(DEQING), DEQING, WUYANG);
        Response townshipUnknown = workflow.apply(Actors.caseworker(DEQING), TestIdNumbers.adult(DEQING), DEQING);
        assertThat(List.of(ofWuyang.status(), townshipUnknown.status())).containsOnly(201);

        assertThat(queueOf(wukangWorker)).contains(ofWukang.field("/id"))
                .doesNotContain(ofWuyang.field("/id"), townshipUnknown.field("/id"));
        assertThat(person(wukangWorker, ofWukang).status()).isEqualTo(200);
        assertThat(person(wukangWorker, ofWukang).field("/householdTownship")).isEqualTo(WUKANG);
        assertThat(person(wukangWorker, ofWuyang).status()).as("the next township").isEqualTo(404);
        assertThat(person(wukangWorker, townshipUnknown).status()).as("township not known").isEqualTo(404);
        assertThat(application(wukangWorker, ofWuyang).status()).isEqualTo(403);
        assertThat(application(wukangWorker, ofWukang).status()).isEqualTo(200);

        for (String wider : List.of(Actors.caseworker(DEQING), Actors.staff("caseworker.huzhou", "330500", "caseworker"),
                Actors.staff("caseworker.province", "330000", "caseworker"))) {
            assertThat(queueOf(wider)).contains(ofWukang.field("/id"), ofWuyang.field("/id"), townshipUnknown.field("/id"));
            assertThat(person(wider, ofWukang).status()).isEqualTo(200);
        }
    }

    @Test
    void aTownshipWorkerReadsTheCertificatesOfTheirTownshipOnly() {
        String mine = certified(WUKANG);
        String next = certified(WUYANG);
        String wukangWorker = Actors.staff("caseworker.wukang", WUKANG, "caseworker");

        assertThat(certificate(wukangWorker, mine).status()).isEqualTo(200);
        assertThat(certificate(wukangWorker, next).status()).isEqualTo(403);
    }

    @Test
    void theIssuedEventCarriesTheHoldersTownshipWhereItIsKnownSoOtherServicesCanScopeByIt() {
        String withTownship = certified(WUKANG);
        String without = certified(null);

        assertThat(issuedEventOf(withTownship).householdTownship()).isEqualTo(WUKANG);
        assertThat(issuedEventOf(without).householdTownship()).as("not known: the county's").isNull();
    }

    private CertificateIssued issuedEventOf(String certificateId) {
        ConsumerRecord<String, byte[]> record = TopicReader.records(Topics.CERTIFICATION,
                r -> CertificateIssued.TYPE.name().equals(TopicReader.header(r, "ce_type"))
                        && new String(r.value(), StandardCharsets.UTF_8).contains(certificateId), 1, Duration.ofSeconds(30))
                .getFirst();
        return new EventCodec().fromJson(CertificateIssued.TYPE, record.value());
    }

    @Test
    void aTownshipOutsideTheHouseholdCountyIsRefused() {
        Response applied = workflow.apply(Actors.caseworker(DEQING), TestIdNumbers.adult(DEQING), DEQING, "330106002");

        assertThat(applied.status()).as(applied.text()).isEqualTo(422);
        assertThat(applied.field("/rule")).isEqualTo("township");
    }

    @Test
    void aTownshipWorkerAcceptsInTheirOwnCountyOnlyAndCannotMoveAnotherTownshipsPerson() {
        String wukangWorker = Actors.staff("caseworker.wukang", WUKANG, "caseworker");
        Response elsewhere = workflow.api().as(wukangWorker).post("/api/certification/applications", Map.of(
                "idNumber", TestIdNumbers.adult(DEQING), "name", "测试申请人", "householdCounty", DEQING,
                "acceptingCounty", "330502", "homeAssessmentRequested", false));
        assertThat(elsewhere.status()).as(elsewhere.text()).isEqualTo(422);
        assertThat(elsewhere.field("/rule")).isEqualTo("accepting-county");

        String idNumber = TestIdNumbers.adult(DEQING);
        Response first = workflow.apply(Actors.caseworker(DEQING), idNumber, DEQING, WUYANG);
        workflow.api().as(Actors.reviewer(DEQING)).post("/api/certification/applications/{id}/rejection",
                Map.of("reason", "材料不全"), first.field("/id"));
        Response pulled = workflow.apply(wukangWorker, idNumber, DEQING, WUKANG);
        assertThat(pulled.status()).as(pulled.text()).isEqualTo(409);
        assertThat(person(Actors.caseworker(DEQING), first).field("/householdTownship")).isEqualTo(WUYANG);
    }

    private String certified(@Nullable String township) {
        Response applied = township == null
                ? workflow.apply(Actors.caseworker(DEQING), TestIdNumbers.adult(DEQING), DEQING)
                : workflow.apply(Actors.caseworker(DEQING), TestIdNumbers.adult(DEQING), DEQING, township);
        String id = applied.field("/id");
        workflow.assess(Actors.assessor(DEQING), id, List.of(Map.of("category", "HEARING", "grade", "GRADE_1")));
        Response approved = workflow.approve(Actors.reviewer(DEQING), id);
        assertThat(approved.status()).as(approved.text()).isEqualTo(200);
        return approved.field("/certificateId");
    }

    private List<String> queueOf(String bearer) {
        return workflow.api().as(bearer).get(QUEUE).body().valueStream().map(a -> a.get("id").asString()).toList();
    }

    private Response person(String bearer, Response application) {
        return workflow.api().as(bearer).get("/api/certification/persons/{id}", Workflow.personOf(application).toString());
    }

    private Response application(String bearer, Response application) {
        return workflow.api().as(bearer).get("/api/certification/applications/{id}", application.field("/id"));
    }

    private Response certificate(String bearer, String certificateId) {
        return workflow.api().as(bearer).get("/api/certification/certificates/{id}", certificateId);
    }
}
