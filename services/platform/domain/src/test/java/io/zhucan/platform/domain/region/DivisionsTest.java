package io.zhucan.platform.domain.region;

import static org.assertj.core.api.Assertions.assertThat;

import io.zhucan.platform.domain.region.Division.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The vendored extract holds all of Zhejiang (GB/T 2260), not a hand-typed sample. */
class DivisionsTest {

    private final Divisions zhejiang = Divisions.zhejiang();

    @Test
    void holdsTheProvinceItsElevenCitiesAndNinetyCounties() {
        assertThat(zhejiang.at(Level.PROVINCE)).extracting(Division::code).containsExactly("330000");
        assertThat(zhejiang.at(Level.CITY)).hasSize(11).allMatch(c -> "330000".equals(c.parent()));
        assertThat(zhejiang.at(Level.COUNTY)).hasSize(90)
                .allMatch(c -> c.code().matches("33\\d{4}") && c.code().startsWith(c.parent().substring(0, 4)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"330113, 临平区, 330100", "330114, 钱塘区, 330100", "330212, 鄞州区, 330200",
            "331127, 景宁畲族自治县, 331100", "330100, 杭州市, 330000", "331100, 丽水市, 330000"})
    void namesTheCodes(String code, String name, String parent) {
        assertThat(zhejiang.find(code)).get().extracting(Division::name, Division::parent).containsExactly(name, parent);
    }

    @Test
    void townshipsHaveNineDigitsAndBelongToTheirCounty() {
        assertThat(zhejiang.at(Level.TOWNSHIP)).hasSizeGreaterThan(1000)
                .allMatch(t -> t.code().matches("\\d{9}") && t.code().startsWith(t.parent()) && zhejiang.isCounty(t.parent()));
        assertThat(zhejiang.isTownshipOf("330102001", "330102")).isTrue();
        assertThat(zhejiang.isTownshipOf("330102001", "330106")).isFalse();
        assertThat(zhejiang.isTownshipOf("330102", "330102")).isFalse();
    }

    @Test
    void knowsNoCodeOutsideTheProvince() {
        assertThat(zhejiang.find("320102")).isEmpty();
        assertThat(zhejiang.isCounty("330100")).isFalse();
    }
}
