package io.zhucan.certification.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.zhucan.platform.testing.TestApi;
import io.zhucan.platform.testing.TestApi.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The certificate workflow through the REST API, step by step, as the staff of a county do it. */
public final class Workflow {

    private final TestApi api;

    public Workflow(int port) {
        this.api = new TestApi(port);
    }

    public TestApi api() {
        return api;
    }

    public Response apply(String bearer, String idNumber, String county) {
        return api.as(bearer).post("/api/certification/applications", Map.of("idNumber", idNumber, "name", "测试申请人",
                "householdCounty", county, "homeAssessmentRequested", false));
    }

    /** An application naming the applicant's township (乡镇/街道) within the household county. */
    public Response apply(String bearer, String idNumber, String county, String township) {
        return api.as(bearer).post("/api/certification/applications", Map.of("idNumber", idNumber, "name", "测试申请人",
                "householdCounty", county, "householdTownship", township, "homeAssessmentRequested", false));
    }

    public Response assess(String bearer, String applicationId, List<Map<String, String>> disabilities) {
        return api.as(bearer).post("/api/certification/applications/{id}/assessment",
                Map.of("institution", "浙江省人民医院", "disabilities", disabilities), applicationId);
    }

    public Response approve(String bearer, String applicationId) {
        return api.as(bearer).post("/api/certification/applications/{id}/approval", null, applicationId);
    }

    /** Apply (caseworker) → assess (assessor) → approve (reviewer), all of {@code county}; the approved application. */
    public Response certify(String idNumber, String county, String category, String grade) {
        Response applied = apply(Actors.caseworker(county), idNumber, county);
        assertThat(applied.status()).as(applied.text()).isEqualTo(201);
        String id = applied.field("/id");
        Response assessed = assess(Actors.assessor(county), id, List.of(Map.of("category", category, "grade", grade)));
        assertThat(assessed.status()).as(assessed.text()).isEqualTo(200);
        Response approved = approve(Actors.reviewer(county), id);
        assertThat(approved.status()).as(approved.text()).isEqualTo(200);
        return approved;
    }

    public static UUID personOf(Response application) {
        return UUID.fromString(application.field("/applicant/personId"));
    }
}
