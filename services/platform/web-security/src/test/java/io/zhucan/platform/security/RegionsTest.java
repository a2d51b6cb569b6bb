package io.zhucan.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
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

    @ParameterizedTest(name = "{0} covers {1}: {2}")
    @CsvSource({
            "330102001, 330102001, true",   // a township worker: their township's person
            "330102001, 330102002, false",  // the next township of the same county
            "330102001, 330102, false",     // a person of the county whose township is not known
            "330102001, 330106001, false",
            "330102, 330102001, true",      // the county covers its townships
            "330102, 330106001, false",
            "330100, 330106001, true",      // the city too
            "330000, 331127001, true",      // and the province
            "330400, 330106001, false",
            "33010200, 330102001, false",
            "3301020011, 330102001, false"})
    void aTownshipScopeCoversItsOwnTownshipOnly(String scope, String place, boolean covered) {
        assertThat(Regions.covers(scope, place)).isEqualTo(covered);
    }

    @Test
    void theCountyOfATownshipIsItsFirstSixDigits() {
        assertThat(Regions.countyOf("330102001")).isEqualTo("330102");
        assertThat(Regions.countyOf("330102")).isEqualTo("330102");
        assertThat(Regions.isTownship("330102001")).isTrue();
        assertThat(Regions.isTownship("330102")).isFalse();
        assertThatThrownBy(() -> Regions.countyOf("3301")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aListingPrefixCoversTheCountiesOfAScopeAndATownshipScopeHasNone() {
        assertThat(Regions.countyPrefix("330000")).contains("33");
        assertThat(Regions.countyPrefix("330100")).contains("3301");
        assertThat(Regions.countyPrefix("330102")).contains("330102");
        assertThat(Regions.countyPrefix("330109100")).as("楼塔镇: a township, not the city 3301").isEmpty();
        assertThat(Regions.countyPrefix("330102001")).isEmpty();
        assertThat(Regions.countyPrefix("3301")).isEmpty();
    }
}
