package io.zhucan.certification;

import static io.zhucan.certification.support.Actors.PINGHU;
import static org.assertj.core.api.Assertions.assertThat;

import io.zhucan.certification.support.Actors;
import io.zhucan.certification.support.CertificationIntegrationTest;
import io.zhucan.certification.support.MutableClock;
import io.zhucan.certification.support.TestIdNumbers;
import io.zhucan.certification.support.Workflow;
import io.zhucan.platform.testing.TestApi.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Due dates and overdue flags count in the seeded calendar (2026 from the State Council's notice,
 * 2027 pending), and an operator's publication of a year recounts the open steps, recorded.
 */
@CertificationIntegrationTest
class WorkingDaysIT {

    private static final String PUBLISH = "/api/certification/admin/calendar/{year}";

    @LocalServerPort int port;
    @Autowired MutableClock clock;
    @Autowired JdbcClient jdbc;

    private Workflow workflow;

    @BeforeEach
    void setUp() {
        workflow = new Workflow(port);
    }

    @AfterEach
    void reset() {
        clock.reset();
        // the publication below is a test fixture: 2027 goes back to pending for the other tests
        jdbc.sql("DELETE FROM calendar_day WHERE year = 2027").update();
        jdbc.sql("UPDATE calendar_year SET status = 'PENDING' WHERE year = 2027").update();
    }

    @Test
    void the2026NoticeIsSeededAnd2027AwaitsItsNotice() {
        Response y2026 = workflow.api().as(Actors.caseworker(PINGHU)).get("/api/certification/calendar/2026");
        assertThat(y2026.field("/status")).isEqualTo("PUBLISHED");
        assertThat(y2026.body().get("days").valueStream().filter(d -> d.get("kind").asString().equals("HOLIDAY")).count())
                .as("3 + 9 + 3 + 5 + 3 + 3 + 7 days off").isEqualTo(33);
        assertThat(y2026.body().get("days").valueStream().filter(d -> d.get("kind").asString().equals("MAKEUP_WORKDAY"))
                .map(d -> d.get("date").asString()).toList())
                .containsExactly("2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10");
        Response y2027 = workflow.api().as(Actors.caseworker(PINGHU)).get("/api/certification/calendar/2027");
        assertThat(y2027.field("/status")).isEqualTo("PENDING");
        assertThat(y2027.body().get("days").isEmpty()).isTrue();
    }

    @Test
    void theAssessmentIsDueTwentyWorkingDaysAfterASubmissionBefore春节() {
        clock.moveTo(LocalDate.of(2026, 2, 13));
        Response applied = workflow.apply(Actors.caseworker(PINGHU), TestIdNumbers.adult(PINGHU), PINGHU);

        // Monday to Friday alone would say 2026-03-13; 春节 and its make-up Saturdays move it to 03-19
        assertThat(applied.field("/stepDueOn")).isEqualTo("2026-03-19");
        clock.moveTo(LocalDate.of(2026, 3, 19));
        assertThat(view(applied).field("/overdue")).isEqualTo("false");
        clock.moveTo(LocalDate.of(2026, 3, 20));
        assertThat(view(applied).field("/overdue")).isEqualTo("true");
    }

    @Test
    void theReviewIsDueTenWorkingDaysAfterAnAssessmentBefore国庆() {
        clock.moveTo(LocalDate.of(2026, 9, 25));
        Response applied = workflow.apply(Actors.caseworker(PINGHU), TestIdNumbers.adult(PINGHU), PINGHU);
        clock.moveTo(LocalDate.of(2026, 9, 30));
        Response assessed = workflow.assess(Actors.assessor(PINGHU), applied.field("/id"),
                List.of(Map.of("category", "PHYSICAL", "grade", "GRADE_2")));

        assertThat(assessed.field("/stepDueOn")).as("not 2026-10-14").isEqualTo("2026-10-20");
        clock.moveTo(LocalDate.of(2026, 10, 21));
        assertThat(view(applied).field("/overdue")).isEqualTo("true");
    }

    @Test
    void anOperatorPublishesAYearAndTheOpenDueDatesInItAreCountedAgain() {
        clock.moveTo(LocalDate.of(2026, 12, 21));
        Response applied = workflow.apply(Actors.caseworker(PINGHU), TestIdNumbers.adult(PINGHU), PINGHU);
        assertThat(applied.field("/stepDueOn")).as("2027 pending: Monday to Friday").isEqualTo("2027-01-18");

        // a test fixture, not the 2027 notice (not published when this was written)
        Map<String, Object> fixture = Map.of("source", "test fixture", "days", List.of(
                Map.of("date", "2027-01-01", "kind", "HOLIDAY", "name", "fixture"),
                Map.of("date", "2027-01-04", "kind", "HOLIDAY", "name", "fixture")));
        assertThat(workflow.api().as(Actors.caseworker(PINGHU)).put(PUBLISH, fixture, 2027).status()).isEqualTo(403);
        Response published = workflow.api().as(Actors.operator()).put(PUBLISH, fixture, 2027);

        assertThat(published.status()).as(published.text()).isEqualTo(200);
        assertThat(view(applied).field("/stepDueOn")).isEqualTo("2027-01-20");
        assertThat(jdbc.sql("SELECT changed_by || ' ' || source FROM calendar_change WHERE year = 2027 ORDER BY id DESC")
                .query(String.class).list()).first().isEqualTo("operator test fixture");
    }

    @Test
    void aMakeUpDayOnAWeekdayIsRefused() {
        Response refused = workflow.api().as(Actors.operator()).put(PUBLISH, Map.of("source", "test fixture",
                "days", List.of(Map.of("date", "2027-01-05", "kind", "MAKEUP_WORKDAY", "name", "fixture"))), 2027);

        assertThat(refused.status()).as(refused.text()).isEqualTo(422);
        assertThat(refused.field("/rule")).isEqualTo("calendar-day");
    }

    private Response view(Response application) {
        return workflow.api().as(Actors.caseworker(PINGHU)).get("/api/certification/applications/{id}",
                application.field("/id"));
    }
}
