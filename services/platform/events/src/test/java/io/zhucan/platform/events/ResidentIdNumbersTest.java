package io.zhucan.platform.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.zhucan.platform.events.vocabulary.ResidentIdNumbers;
import io.zhucan.platform.events.vocabulary.Sex;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ResidentIdNumbersTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    @Test
    void theStandardsExampleIsValid() {
        assertThat(ResidentIdNumbers.problemWith("11010519491231002X", TODAY)).isEmpty();
        assertThat(ResidentIdNumbers.sexOf("11010519491231002X")).isEqualTo(Sex.FEMALE);
        assertThat(ResidentIdNumbers.birthDateOf("11010519491231002X")).isEqualTo(LocalDate.of(1949, 12, 31));
    }

    @Test
    void eachKindOfErrorIsNamed() {
        assertThat(ResidentIdNumbers.problemWith("110105194912310021", TODAY)).hasValue("has a wrong check character");
        assertThat(ResidentIdNumbers.problemWith("11010519491232002X", TODAY)).hasValue("holds no valid birth date");
        assertThat(ResidentIdNumbers.problemWith("99010519491231002X", TODAY)).hasValue("does not start with a province code");
        assertThat(ResidentIdNumbers.problemWith("1101051949", TODAY)).hasValue("must be 17 digits followed by a digit or X");
        assertThat(ResidentIdNumbers.isValid(EventSamples.ID_NUMBER, TODAY)).as("the samples use a valid number").isTrue();
    }

    @Test
    void aCertificateNumberStartsWithTheIdNumber() {
        assertThat(ResidentIdNumbers.ofCertificateNumber("11010519491231002X71")).isEqualTo("11010519491231002X");
    }
}
