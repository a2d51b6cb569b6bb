package io.zhucan.platform.events.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.time.api.Dates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** GB 11643-1999: examples, and properties over generated numbers. */
class ResidentIdNumberTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    @Test
    void aValidNumberGivesItsBirthDateSexAndRegion() {
        ResidentIdNumber id = ResidentIdNumber.parse("11010519491231002X", TODAY);

        assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(id.sex()).isEqualTo(Sex.FEMALE);
        assertThat(id.registrationRegion()).isEqualTo("110105");
        assertThat(id.ageOn(TODAY)).isEqualTo(76);
    }

    @Test
    void aLowerCaseXIsAccepted() {
        assertThat(ResidentIdNumber.parse("11010519491231002x", TODAY).value()).isEqualTo("11010519491231002X");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "110105194912310021",   // wrong check character
            "11010519491231002",    // 17 characters
            "1101051949123100211",  // 19 characters
            "11010519491232002X",   // 32 December
            "110105202702290016",   // not a leap year, and in the future
            "99010519491231002X",   // no such province
            "1101051949123100X2",   // X not at the end
            "A1010519491231002X"})
    void invalidNumbersAreRefusedWithoutEchoingThem(String candidate) {
        assertThatThrownBy(() -> ResidentIdNumber.parse(candidate, TODAY))
                .isInstanceOf(ResidentIdNumber.InvalidResidentIdNumberException.class)
                .hasMessageStartingWith("the resident ID number")
                .hasMessageNotContaining(candidate);
    }

    @Test
    void aBirthDateInTheFutureIsRefused() {
        String tomorrow = "330102" + TODAY.plusDays(1).format(DateTimeFormatter.BASIC_ISO_DATE) + "001";
        assertThatThrownBy(() -> ResidentIdNumber.parse(tomorrow + ResidentIdNumbers.checkCharacter(tomorrow), TODAY))
                .hasMessageContaining("impossible birth date");
    }

    @Test
    void toStringMasksTheNumber() {
        assertThat(ResidentIdNumber.parse("11010519491231002X", TODAY)).hasToString("110105********002X");
    }

    @Property
    void everyWellFormedNumberParsesAndDerivesItsParts(@ForAll("validNumbers") Generated number) {
        ResidentIdNumber id = ResidentIdNumber.parse(number.value(), TODAY);

        assertThat(id.birthDate()).isEqualTo(number.birthDate());
        assertThat(id.sex()).isEqualTo(number.sequence() % 2 == 1 ? Sex.MALE : Sex.FEMALE);
        assertThat(id.registrationRegion()).isEqualTo(number.value().substring(0, 6));
    }

    @Property
    void changingAnyOneCharacterIsDetected(@ForAll("validNumbers") Generated number,
            @ForAll("positions") int position, @ForAll("digits") char replacement) {
        String original = number.value();
        if (original.charAt(position) == replacement) {
            return;
        }
        String typo = original.substring(0, position) + replacement + original.substring(position + 1);
        assertThatThrownBy(() -> ResidentIdNumber.parse(typo, TODAY)).isInstanceOf(ResidentIdNumber.InvalidResidentIdNumberException.class);
    }

    @Property
    void swappingTwoDifferentAdjacentDigitsIsDetected(@ForAll("validNumbers") Generated number,
            @ForAll("adjacentPositions") int position) {
        String original = number.value();
        if (original.charAt(position) == original.charAt(position + 1) || original.charAt(position + 1) == 'X') {
            return;
        }
        String swapped = original.substring(0, position) + original.charAt(position + 1) + original.charAt(position)
                + original.substring(position + 2);
        assertThatThrownBy(() -> ResidentIdNumber.parse(swapped, TODAY)).isInstanceOf(ResidentIdNumber.InvalidResidentIdNumberException.class);
    }

    record Generated(String value, LocalDate birthDate, int sequence) {
    }

    @Provide
    Arbitrary<Generated> validNumbers() {
        Arbitrary<String> regions = Arbitraries.of("330102", "330106", "330482", "330802", "110105", "440305");
        Arbitrary<LocalDate> births = Dates.dates().between(LocalDate.of(1900, 1, 1), TODAY);
        Arbitrary<Integer> sequences = Arbitraries.integers().between(0, 999);
        return Combinators.combine(regions, births, sequences).as((region, birth, sequence) -> {
            String digits = region + birth.format(DateTimeFormatter.BASIC_ISO_DATE) + "%03d".formatted(sequence);
            return new Generated(digits + ResidentIdNumbers.checkCharacter(digits), birth, sequence);
        });
    }

    @Provide
    Arbitrary<Integer> positions() {
        return Arbitraries.integers().between(0, 17);
    }

    @Provide
    Arbitrary<Integer> adjacentPositions() {
        // swaps among the 17 digits; the check character itself is not part of the weighted sum
        return Arbitraries.integers().between(0, 15);
    }

    @Provide
    Arbitrary<Character> digits() {
        return Arbitraries.of('0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'X');
    }
}
