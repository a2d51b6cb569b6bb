package io.zhucan.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.zhucan.platform.events.certification.ApplicationChannel;
import io.zhucan.platform.events.certification.CertificateApplied;
import io.zhucan.platform.events.employment.SeekerPlaced;
import io.zhucan.platform.events.employment.WorkForm;
import io.zhucan.platform.events.partner.DeathRegistered;
import io.zhucan.platform.events.partner.LowIncomeStatusChanged;
import io.zhucan.platform.events.rehabilitation.DeviceFitted;
import io.zhucan.platform.events.rehabilitation.NeedOpened;
import io.zhucan.platform.events.rehabilitation.NeedTrigger;
import io.zhucan.platform.events.rehabilitation.PlanSet;
import io.zhucan.platform.events.rehabilitation.RehabService;
import io.zhucan.platform.events.subsidy.EligibilityDecided;
import io.zhucan.platform.events.subsidy.EligibilityOutcome;
import io.zhucan.platform.events.subsidy.OverpaymentRaised;
import io.zhucan.platform.events.subsidy.PaymentInstructed;
import io.zhucan.platform.events.vocabulary.Allowance;
import io.zhucan.platform.events.vocabulary.DisabilityCategory;
import io.zhucan.platform.events.vocabulary.DisabilityGrade;
import io.zhucan.platform.events.vocabulary.LowIncomeStatus;
import io.zhucan.platform.events.vocabulary.Sex;
import io.zhucan.platform.testing.TestApi.Response;
import io.zhucan.profile.support.ProfileIT;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The demo flow in one person's file: every service's events in order, with reasons; who may read it. */
class TimelineIT extends ProfileIT {

    private static final String COUNTY = "330212";

    @Test
    void aPersonsFileHoldsEveryServicesEventsInOrderWithTheirReasons() {
        UUID person = UUID.randomUUID();
        LocalDate born = LocalDate.of(1980, 5, 5);
        String idNumber = idNumber(COUNTY, born);
        Instant t = Instant.now().minusSeconds(3600);
        send(new CertificateApplied(UUID.randomUUID(), t, person, UUID.randomUUID(), COUNTY, COUNTY,
                ApplicationChannel.SELF_SERVICE, false, born, Sex.MALE));
        send(issued(t.plusSeconds(60), person, idNumber, COUNTY, today(), today().plusYears(10), born, Sex.MALE));
        send(new LowIncomeStatusChanged("mz-" + UUID.randomUUID(), t.plusSeconds(120), idNumber, LowIncomeStatus.DIBAO,
                today()));
        send(new EligibilityDecided(UUID.randomUUID(), t.plusSeconds(180), person, UUID.randomUUID(), Allowance.NURSING,
                EligibilityOutcome.NOT_ELIGIBLE, List.of("nursing-grade"), List.of(), COUNTY, 1));
        UUID decision = UUID.randomUUID();
        UUID entitlement = UUID.randomUUID();
        send(new EligibilityDecided(UUID.randomUUID(), t.plusSeconds(181), person, decision, Allowance.LIVING,
                EligibilityOutcome.ELIGIBLE, List.of(), List.of(), COUNTY, 1));
        send(granted(person, entitlement, Allowance.LIVING, COUNTY, decision, t.plusSeconds(182)));
        send(new PaymentInstructed(UUID.randomUUID(), t.plusSeconds(240), person, UUID.randomUUID(), entitlement,
                Allowance.LIVING, YearMonth.from(today()), 12_000, COUNTY, idNumber + "42", 1, false));
        UUID need = UUID.randomUUID();
        send(new NeedOpened(UUID.randomUUID(), t.plusSeconds(300), person, need, UUID.randomUUID(), COUNTY,
                DisabilityCategory.PHYSICAL, DisabilityGrade.GRADE_2, NeedTrigger.CERTIFICATE_ISSUED));
        send(new PlanSet(UUID.randomUUID(), t.plusSeconds(301), person, need, COUNTY, List.of(RehabService.ASSISTIVE_DEVICE)));
        send(new DeviceFitted(UUID.randomUUID(), t.plusSeconds(302), person, UUID.randomUUID(), COUNTY, "WHEELCHAIR",
                false, 150_000, 0, today()));
        send(new SeekerPlaced(UUID.randomUUID(), t.plusSeconds(360), person, UUID.randomUUID(), UUID.randomUUID(),
                UUID.randomUUID(), UUID.randomUUID(), COUNTY, WorkForm.FULL_TIME, today(), 300_000));
        DeathRegistered death = new DeathRegistered("gaj-" + UUID.randomUUID(), t.plusSeconds(420), idNumber, today());
        send(death);
        send(new OverpaymentRaised(UUID.randomUUID(), t.plusSeconds(480), person, UUID.randomUUID(), entitlement,
                Allowance.LIVING, COUNTY, List.of(YearMonth.from(today())), 12_000, "payment-after-death"));
        send(death); // the partner delivers its fact twice: one entry
        await().atMost(WITHIN).until(() -> entries(person) == 11 && hashEntries(person) == 2);

        String caseworker = staff("cw-yinzhou", COUNTY, "caseworker");
        Response file = api.as(caseworker).get("/api/profile/persons/{id}/timeline", person);
        assertThat(file.status()).isEqualTo(200);
        assertThat(types(file.body().path("timeline"))).containsExactly(
                "io.zhucan.certification.certificate.applied.v1", "io.zhucan.certification.certificate.issued.v1",
                "io.zhucan.partner.civil-affairs.low-income-status.changed.v1",
                "io.zhucan.subsidy.eligibility.decided.v1", "io.zhucan.subsidy.eligibility.decided.v1",
                "io.zhucan.subsidy.entitlement.granted.v1", "io.zhucan.subsidy.payment.instructed.v1",
                "io.zhucan.rehabilitation.need.opened.v1", "io.zhucan.rehabilitation.plan.set.v1",
                "io.zhucan.rehabilitation.device.fitted.v1", "io.zhucan.employment.seeker.placed.v1",
                "io.zhucan.partner.civil-affairs.death.registered.v1", "io.zhucan.subsidy.overpayment.raised.v1");
        JsonNode timeline = file.body().path("timeline");
        assertThat(timeline.path(3).path("rules").asString()).as("the refusal names its rule").isEqualTo("nursing-grade");
        assertThat(timeline.path(3).path("summary").path("outcome").asString()).isEqualTo("NOT_ELIGIBLE");
        assertThat(timeline.path(12).path("reason").asString()).isEqualTo("payment-after-death");
        assertThat(file.field("/diedOn")).as("the death reached the person through the ID-number hash")
                .isEqualTo(today().toString());
        assertThat(file.text()).as("no ID number in the file").doesNotContain(idNumber.substring(6, 14))
                .doesNotContain(idNumber);
        assertThat(jdbc.sql("SELECT count(*) FROM timeline_entry WHERE CAST(summary AS text) LIKE :id")
                .param("id", "%" + idNumber + "%").query(Long.class).single()).as("nor in the model").isZero();
        assertThat(audits(person, "READ")).isEqualTo(1);

        Response mine = api.as(citizen(person)).get("/api/profile/me/timeline");
        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.body().path("timeline").size()).isEqualTo(13);
    }

    @Test
    void onlyStaffOfThePersonsRegionAndThePersonThemselvesReadTheFile() {
        UUID person = certified(COUNTY);
        await().atMost(WITHIN).until(() -> entries(person) == 1);

        assertThat(api.as(staff("cw-ningbo", "330200", "caseworker")).get("/api/profile/persons/{id}/timeline", person)
                .status()).as("the city covers its counties").isEqualTo(200);
        Response foreign = api.as(staff("cw-keqiao", "330603", "caseworker"))
                .get("/api/profile/persons/{id}/timeline", person);
        assertThat(foreign.status()).isEqualTo(403);
        assertThat(foreign.headers().getContentType().toString()).contains("problem+json");
        assertThat(audits(person, "DENIED")).isEqualTo(1);
        assertThat(api.as(citizen(person)).get("/api/profile/persons/{id}/timeline", person).status())
                .as("citizens use /me").isEqualTo(403);
        assertThat(api.as(staff("analyst", "330000", "analyst")).get("/api/profile/persons/{id}/timeline", person)
                .status()).as("analysts see aggregates only").isEqualTo(403);
        assertThat(api.as(staff("cw-yinzhou", COUNTY, "caseworker")).get("/api/profile/me/timeline").status())
                .isEqualTo(403);
        assertThat(api.as(citizen(UUID.randomUUID())).get("/api/profile/me/timeline").status()).isEqualTo(404);
        assertThat(api.anonymous().get("/api/profile/persons/{id}/timeline", person).status()).isEqualTo(401);
        assertThat(api.as(staff("cw-yinzhou", COUNTY, "caseworker")).get("/api/profile/persons/{id}/timeline",
                UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(api.as(staff("cw-yinzhou", COUNTY, "caseworker")).get("/api/profile/persons/not-a-uuid/timeline")
                .status()).isEqualTo(400);
    }

    private long hashEntries(UUID person) {
        return jdbc.sql("""
                        SELECT count(*) FROM timeline_entry e JOIN person_file p ON p.generation = e.generation
                            AND p.id_hash = e.id_hash
                        WHERE e.generation = :g AND p.person_id = :p""")
                .param("g", activeGeneration()).param("p", person).query(Long.class).single();
    }

    private static List<String> types(JsonNode timeline) {
        List<String> types = new ArrayList<>();
        timeline.forEach(entry -> types.add(entry.path("type").asString()));
        return types;
    }
}
