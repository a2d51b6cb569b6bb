package io.zhucan.subsidy;

import static org.assertj.core.api.Assertions.assertThat;

import io.zhucan.platform.security.audit.PersonFileAudit;
import io.zhucan.platform.security.audit.PersonFileAudit.Outcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;

/**
 * Every endpoint against the wrong role, the wrong region (a 上城区 330102 caseworker and a 西湖区
 * 330106 case: 403, audited) and another citizen's id (IDOR/BOLA), with real signed JWTs.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SubsidyAuthorizationIT extends SubsidyITSupport {

    @Autowired PersonFileAudit audit;

    Person westLake;
    Person other;
    String westLakeNursing;

    @BeforeAll
    void aCaseIn330106() {
        westLake = grantedPerson("330106");
        other = grantedPerson("330106");
        westLakeNursing = entitlement(westLake.personId(), "NURSING").get("id").toString();
    }

    record Call(HttpMethod method, String path, Object body) {
    }

    record Case(String who, String bearer, Call call, HttpStatus expected) {
    }

    private String none() {
        return null;
    }

    private List<Case> table() {
        String me = tokens.citizen("west.citizen", westLake.personId()).bearer();
        String someoneElse = tokens.citizen("other.citizen", other.personId()).bearer();
        String cw330102 = tokens.staff("zhang.caseworker", "330102", "caseworker").bearer();
        String cw330106 = tokens.staff("zhao.caseworker", "330106", "caseworker").bearer();
        String cwHangzhou = tokens.staff("hz.reviewer", "330100", "reviewer").bearer();
        String rv330102 = tokens.staff("li.reviewer", "330102", "reviewer").bearer();
        String analyst = tokens.staff("an.analyst", "330000", "analyst").bearer();
        String operator = tokens.staff("sun.operator", "330000", "operator").bearer();
        String civilAffairs = tokens.partner("civil-affairs").bearer();
        String healthInsurance = tokens.partner("health-insurance").bearer();

        String person = "/api/subsidies/persons/" + westLake.personId();
        Call readCase = new Call(HttpMethod.GET, person, null);
        Call override = new Call(HttpMethod.POST, person + "/allowances/NURSING/override",
                Map.of("action", "SUSPEND", "reason", "test"));
        Call decline = new Call(HttpMethod.POST, "/api/subsidies/me/entitlements/" + westLakeNursing + "/decline", Map.of());
        Call declineOnBehalf = new Call(HttpMethod.POST, person + "/allowances/NURSING/decline",
                Map.of("declaration", "SM-2026-1"));
        Call myEntitlements = new Call(HttpMethod.GET, "/api/subsidies/me/entitlements", null);
        Call myPayments = new Call(HttpMethod.GET, "/api/subsidies/me/payments", null);
        Call exceptions = new Call(HttpMethod.GET, "/api/subsidies/exceptions", null);
        Call startRun = new Call(HttpMethod.POST, "/api/subsidies/admin/payment-runs", Map.of("month", "2099-01"));
        Call listRuns = new Call(HttpMethod.GET, "/api/subsidies/admin/payment-runs", null);
        Call policyVersions = new Call(HttpMethod.GET, "/api/subsidies/policy/versions", null);
        Call changePolicy = new Call(HttpMethod.POST, "/api/subsidies/policy/proposals", Map.of("effectiveFrom",
                "2099-01-01", "reason", "x", "amounts", List.of()));
        Call deadLetters = new Call(HttpMethod.GET, "/api/subsidies/admin/dead-letters", null);
        Call death = new Call(HttpMethod.POST, "/api/partners/civil-affairs/deaths", Map.of("factId", "AUTH-1",
                "idNumber", "33010219900307002X", "dateOfDeath", "2099-01-01"));
        Call ltc = new Call(HttpMethod.POST, "/api/partners/health-insurance/care-benefits/started", Map.of(
                "factId", "AUTH-2", "idNumber", "33010219900307002X", "scheme", "LONG_TERM_CARE_INSURANCE",
                "startedOn", "2099-01-01"));

        List<Case> cases = new ArrayList<>();
        // no token at all
        for (Call c : List.of(readCase, override, decline, declineOnBehalf, myEntitlements, exceptions, startRun,
                policyVersions, death)) {
            cases.add(new Case("anonymous", none(), c, HttpStatus.UNAUTHORIZED));
        }
        // the wrong role
        for (String wrong : List.of(me, analyst, operator, civilAffairs)) {
            cases.add(new Case("role", wrong, readCase, HttpStatus.FORBIDDEN));
        }
        for (String wrong : List.of(cw330106, me, operator)) {
            cases.add(new Case("role", wrong, override, HttpStatus.FORBIDDEN));
        }
        for (String wrong : List.of(cw330106, operator, civilAffairs)) {
            cases.add(new Case("role", wrong, myEntitlements, HttpStatus.FORBIDDEN));
            cases.add(new Case("role", wrong, decline, HttpStatus.FORBIDDEN));
        }
        for (String wrong : List.of(me, rv330102, analyst, operator, civilAffairs)) {
            cases.add(new Case("role", wrong, declineOnBehalf, HttpStatus.FORBIDDEN));
        }
        for (String wrong : List.of(me, analyst, civilAffairs)) {
            cases.add(new Case("role", wrong, exceptions, HttpStatus.FORBIDDEN));
        }
        for (String wrong : List.of(cw330106, analyst, me, civilAffairs)) {
            cases.add(new Case("role", wrong, startRun, HttpStatus.FORBIDDEN));
            cases.add(new Case("role", wrong, listRuns, HttpStatus.FORBIDDEN));
            cases.add(new Case("role", wrong, changePolicy, HttpStatus.FORBIDDEN));
            cases.add(new Case("role", wrong, deadLetters, HttpStatus.FORBIDDEN));
        }
        cases.add(new Case("role", me, policyVersions, HttpStatus.FORBIDDEN));
        for (String wrong : List.of(me, cw330106, operator)) {
            cases.add(new Case("role", wrong, death, HttpStatus.FORBIDDEN));
        }
        // the wrong partner (azp): health insurance cannot report deaths, civil affairs cannot report LTC
        cases.add(new Case("partner", healthInsurance, death, HttpStatus.FORBIDDEN));
        cases.add(new Case("partner", civilAffairs, ltc, HttpStatus.FORBIDDEN));
        // the wrong region
        cases.add(new Case("region", cw330102, readCase, HttpStatus.FORBIDDEN));
        cases.add(new Case("region", rv330102, override, HttpStatus.FORBIDDEN));
        cases.add(new Case("region", cw330102, declineOnBehalf, HttpStatus.FORBIDDEN));
        cases.add(new Case("input", cw330106, new Call(HttpMethod.POST, person + "/allowances/NURSING/decline",
                Map.of("declaration", "<script>")), HttpStatus.BAD_REQUEST));
        // another citizen's entitlement (IDOR/BOLA)
        cases.add(new Case("idor", someoneElse, decline, HttpStatus.FORBIDDEN));
        // and the right ones pass
        cases.add(new Case("ok", cw330106, readCase, HttpStatus.OK));
        cases.add(new Case("ok", cwHangzhou, readCase, HttpStatus.OK));
        cases.add(new Case("ok", me, myEntitlements, HttpStatus.OK));
        cases.add(new Case("ok", me, myPayments, HttpStatus.OK));
        cases.add(new Case("ok", cw330106, exceptions, HttpStatus.OK));
        cases.add(new Case("ok", analyst, policyVersions, HttpStatus.OK));
        cases.add(new Case("ok", operator, listRuns, HttpStatus.OK));
        cases.add(new Case("ok", operator, deadLetters, HttpStatus.OK));
        return cases;
    }

    private HttpStatus call(String bearer, Call call) {
        var request = http().method(call.method()).uri(call.path());
        if (bearer != null) {
            request.header("Authorization", bearer);
        }
        if (call.body() != null) {
            request.contentType(org.springframework.http.MediaType.APPLICATION_JSON).body(call.body());
        }
        return HttpStatus.valueOf(request.retrieve().toBodilessEntity().getStatusCode().value());
    }

    @Test
    void everyEndpointRejectsTheWrongRoleRegionAndCitizen() {
        List<String> failures = new ArrayList<>();
        for (Case c : table()) {
            HttpStatus actual = call(c.bearer(), c.call());
            if (actual != c.expected()) {
                failures.add(c.who() + " " + c.call().method() + " " + c.call().path() + ": expected " + c.expected()
                        + " got " + actual);
            }
        }
        assertThat(failures).isEmpty();
        // the refused attempts on the West Lake case are in its audit trail, the granted reads too
        assertThat(audit.entriesFor(westLake.personId(), 100)).extracting(e -> e.actor() + ":" + e.outcome())
                .contains("zhang.caseworker:DENIED", "li.reviewer:DENIED", "other.citizen:DENIED",
                        "zhao.caseworker:READ", "west.citizen:READ");
        assertThat(hasEntitlement(westLake.personId(), "NURSING", "GRANTED")).isTrue();
    }

    @Test
    void staffSeeTheIdNumberMaskedAndTheCitizenOwnsOnlyTheirData() {
        Map<?, ?> body = get("/api/subsidies/persons/" + westLake.personId(),
                tokens.staff("zhao.caseworker", "330106", "caseworker").bearer()).body(Map.class);
        assertThat(body.get("idNumberMasked").toString()).contains("****").isNotEqualTo(westLake.idNumber());
        assertThat(body.toString()).doesNotContain(westLake.idNumber());

        List<?> mine = get("/api/subsidies/me/entitlements", tokens.citizen("other.citizen", other.personId()).bearer())
                .body(List.class);
        assertThat(mine.toString()).doesNotContain(westLakeNursing);
        assertThat(audit.entriesFor(other.personId(), 10)).anySatisfy(e -> assertThat(e.outcome()).isEqualTo(Outcome.READ));
    }

    @Test
    void partnerFactsAreValidatedAndIdempotentByRecordId() {
        String civilAffairs = tokens.partner("civil-affairs").bearer();
        Map<String, Object> badId = Map.of("factId", "MZ-BAD-1", "idNumber", "330102199003070021",
                "status", "DIBAO", "effectiveFrom", "2026-01-01");
        assertThat(post("/api/partners/civil-affairs/low-income-status", civilAffairs, badId).toEntity(String.class))
                .satisfies(r -> {
                    assertThat(r.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
                    assertThat(r.getBody()).contains("\"rule\":\"resident-id-number\"")
                            .doesNotContain("330102199003070021");
                });
        String factId = "MZ-DB-" + UUID.randomUUID();
        Map<String, Object> fact = Map.of("factId", factId, "idNumber", newIdNumber(), "status", "DIBAO",
                "effectiveFrom", "2026-01-01");
        assertThat(post("/api/partners/civil-affairs/low-income-status", civilAffairs, fact).toEntity(Map.class)
                .getBody()).containsEntry("duplicate", false);
        assertThat(post("/api/partners/civil-affairs/low-income-status", civilAffairs, fact).toEntity(Map.class)
                .getBody()).containsEntry("duplicate", true);
        assertThat(jdbc.sql("SELECT count(*) FROM partner_fact_intake WHERE fact_id = :f").param("f", factId)
                .query(Long.class).single()).isEqualTo(1);
    }
}
