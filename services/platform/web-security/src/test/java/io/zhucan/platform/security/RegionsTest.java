package io.zhucan.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegionsTest {

    @ParameterizedTest(name = "{0} covers {1}: {2}")
    @CsvSource({
            "330102, 330102, true",
            "330102, 330106, false",
            "330100, 330106, true",
            "330100, 330482, false",
            "330400, 330482, true",
            "330000, 330802, true",
            "330000, 320102, false",
            "3301, 330102, false",
            "330102, 33010X, false"})
    void scopeCoversCountiesBelowIt(String scope, String county, boolean covered) {
        assertThat(Regions.covers(scope, county)).isEqualTo(covered);
    }
}
