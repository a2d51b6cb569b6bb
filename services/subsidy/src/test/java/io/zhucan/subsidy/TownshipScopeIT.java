package io.zhucan.subsidy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.zhucan.platform.events.certification.CertificateIssued;
import io.zhucan.platform.events.certification.CertificateTransferred;
import io.zhucan.platform.events.partner.LowIncomeStatusChanged;
import io.zhucan.platform.events.vocabulary.DisabilityCategory;
import io.zhucan.platform.events.vocabulary.DisabilityGrade;
import io.zhucan.platform.events.vocabulary.LowIncomeStatus;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * 属地管理 below the county: a township worker (nine-digit region) reaches the cases of the holders
 * certification knows to live in their township, and nobody else's — also when their code ends in
 * 00 and so looks like a city's. Real signed JWTs; the undecidable 特困 case puts each holder in the
 * exception queue.
 */
class TownshipScopeIT extends SubsidyITSupport {

    private static final String XIHU = "330106";
    private static final String TOWNSHIP = "330106001";
    private static final String NEXT_TOWNSHIP = "330106002";

    @Test
    void aTownshipWorkerWhoseCodeLooksLikeACitysSeesNoCaseOfAHolderWhoseTownshipIsUnknown() {
        Person p = undecidableHolder(null);
        String township = tokens.staff("tw.zhuantang", "330106100", "caseworker").bearer();

        assertThat(exceptionsSeenBy(township)).doesNotContain(p.personId().toString());
        assertThat(status(get("/api/subsidies/persons/" + p.personId(), township))).isEqualTo(403);
        assertThat(exceptionsSeenBy(tokens.staff("cw.xihu", XIHU, "caseworker").bearer()))
                .contains(p.personId().toString());
    }

    @Test
    void aTownshipWorkerReachesTheCasesOfTheirTownshipsHoldersUntilTheyMoveToAnotherCounty() {
        Person p = undecidableHolder(TOWNSHIP);
        String mine = tokens.staff("tw.mine", TOWNSHIP, "caseworker").bearer();
        String next = tokens.staff("tw.next", NEXT_TOWNSHIP, "caseworker").bearer();

        assertThat(exceptionsSeenBy(mine)).contains(p.personId().toString());
        assertThat(status(get("/api/subsidies/persons/" + p.personId(), mine))).isEqualTo(200);
        assertThat(exceptionsSeenBy(next)).doesNotContain(p.personId().toString());
        assertThat(status(get("/api/subsidies/persons/" + p.personId(), next))).isEqualTo(403);

        send(new CertificateTransferred(UUID.randomUUID(), Instant.now(), p.personId(), p.issued().certificateId(), XIHU,
                "330110", today()));
        await().atMost(WITHIN).until(() -> "330110".equals(jdbc.sql(
                "SELECT county FROM holder_place WHERE person_id = :p").param("p", p.personId()).query(String.class).single()));
        assertThat(status(get("/api/subsidies/persons/" + p.personId(), mine))).isEqualTo(403);
    }

    /** A 特困 holder of 西湖区 whose institutional care is not known: undecidable, so an exception case. */
    private Person undecidableHolder(@Nullable String township) {
        Person p = person(XIHU, DisabilityCategory.PHYSICAL, DisabilityGrade.GRADE_1);
        send(new LowIncomeStatusChanged("MZ-DB-" + UUID.randomUUID(), Instant.now(), p.idNumber(), LowIncomeStatus.TEKUN,
                today().minusYears(1)));
        awaitLowIncome(p.idNumber(), "TEKUN");
        CertificateIssued e = p.issued();
        send(new CertificateIssued(e.eventId(), e.occurredAt(), e.personId(), e.certificateId(), e.applicationId(),
                e.certificateNumber(), e.category(), e.grade(), e.disabilities(), XIHU, e.birthDate(), e.sex(),
                e.issuedOn(), e.validUntil(), null, township));
        await().atMost(WITHIN).until(() -> decisionsOf(p.personId(), "NURSING").size() == 1);
        return p;
    }

    private String exceptionsSeenBy(String bearer) {
        return get("/api/subsidies/exceptions", bearer).body(List.class).toString();
    }

    private static int status(org.springframework.web.client.RestClient.ResponseSpec response) {
        return response.toBodilessEntity().getStatusCode().value();
    }
}
