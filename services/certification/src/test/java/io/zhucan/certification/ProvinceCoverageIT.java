package io.zhucan.certification;

import static org.assertj.core.api.Assertions.assertThat;

import io.zhucan.certification.support.Actors;
import io.zhucan.certification.support.CertificationIntegrationTest;
import io.zhucan.certification.support.TestIdNumbers;
import io.zhucan.certification.support.Workflow;
import io.zhucan.platform.domain.region.Division;
import io.zhucan.platform.domain.region.Divisions;
import io.zhucan.platform.testing.TestApi.Response;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Every county of the province handles certificates, not only the ones a hand-typed seed listed. */
@CertificationIntegrationTest
class ProvinceCoverageIT {

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;

    private Workflow workflow;

    @BeforeEach
    void setUp() {
        workflow = new Workflow(port);
    }

    @ParameterizedTest(name = "a resident of {0} is certified by their county")
    @ValueSource(strings = {"330212", "330302", "331127", "330602"}) // 鄞州区, 鹿城区, 景宁畲族自治县, 越城区
    void aResidentOfACountyOutsideTheFirstThreeCitiesIsCertified(String county) {
        Response approved = workflow.certify(TestIdNumbers.adult(county), county, "VISUAL", "GRADE_2");

        assertThat(approved.field("/householdCounty")).isEqualTo(county);
        assertThat(approved.field("/certificateId")).isNotBlank();
    }

    @Test
    void theCountyTableHoldsEveryCountyOfTheVendoredDivisions() {
        List<String> expected = Divisions.zhejiang().at(Division.Level.COUNTY).stream()
                .map(c -> c.code() + " " + c.name() + " " + c.parent()).toList();

        List<String> seeded = jdbc.sql("SELECT code || ' ' || name || ' ' || city_code FROM county").query(String.class)
                .list();

        assertThat(seeded).hasSize(90).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void aCaseworkerOfEveryCountyAcceptsAnApplicationOfTheirResident() {
        for (Division county : Divisions.zhejiang().at(Division.Level.COUNTY)) {
            Response applied = workflow.apply(Actors.caseworker(county.code()), TestIdNumbers.adult(county.code()),
                    county.code());
            assertThat(applied.status()).as(county.name() + ": " + applied.text()).isEqualTo(201);
        }
    }
}
