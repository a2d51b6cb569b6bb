package io.zhucan.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonalDataTest {

    @Test
    void idNumbersKeepTheRegionAndTheLastFourCharacters() {
        assertThat(PersonalData.maskIdNumber("33010219900307002X")).isEqualTo("330102********002X");
        assertThat(PersonalData.maskIdNumber("33010219900307002X72")).isEqualTo("330102**********2X72");
        assertThat(PersonalData.maskIdNumber(null)).isEqualTo("****");
    }

    @Test
    void namesKeepTheFamilyName() {
        assertThat(PersonalData.maskName("张三丰")).isEqualTo("张**");
        assertThat(PersonalData.maskName("李")).isEqualTo("李*");
        assertThat(PersonalData.maskName("欧阳修")).isEqualTo("欧**");
    }

    @Test
    void phonesKeepPrefixAndLastFour() {
        assertThat(PersonalData.maskPhone("13812345678")).isEqualTo("138****5678");
    }
}
