package io.zhucan.rehabilitation.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CoPayTest {

    @ParameterizedTest(name = "basic {0} fen, price {1} fen → subsidy {2}, top-up {3}")
    @CsvSource({
            "80000, 80000, 80000, 0",       // the basic model: fully subsidised
            "80000, 125050, 80000, 45050",  // a better model: the person pays the difference, to the fen
            "80000, 79999, 79999, 0",       // cheaper than the subsidy: never more than the price
            "80000, 0, 0, 0",
            "0, 30000, 0, 30000",
            "2000000, 2000001, 2000000, 1"})
    void theSubsidyIsTheBasicModelsAtMostThePriceAndThePersonPaysTheRest(long basic, long price, long subsidy,
            long topUp) {
        CoPay coPay = CoPay.of(basic, price);
        assertThat(coPay.subsidyFen()).isEqualTo(subsidy);
        assertThat(coPay.personalTopUpFen()).isEqualTo(topUp);
        assertThat(coPay.subsidyFen() + coPay.personalTopUpFen()).isEqualTo(price);
    }

    @Test
    void negativeAmountsOrPartsThatDoNotAddUpAreRefused() {
        assertThatThrownBy(() -> CoPay.of(80000, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CoPay(100, 60, 30)).isInstanceOf(IllegalArgumentException.class);
    }
}
