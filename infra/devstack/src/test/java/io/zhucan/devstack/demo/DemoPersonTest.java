package io.zhucan.devstack.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class DemoPersonTest {

    @Test
    void check_digit_of_the_gb_11643_example() {
        assertThat(DemoPerson.checkDigit("11010519491231002")).isEqualTo('X');
        assertThat(DemoPerson.checkDigit("44052418800101001")).isEqualTo('4');
    }

    @RepeatedTest(20)
    void a_random_person_is_of_labour_age_in_the_county_with_a_valid_id_number() {
        LocalDate today = LocalDate.of(2026, 11, 25);
        DemoPerson person = DemoPerson.random("330102", today);
        assertThat(person.idNumber()).hasSize(18).startsWith("330102");
        assertThat(person.idNumber().charAt(17)).isEqualTo(DemoPerson.checkDigit(person.idNumber().substring(0, 17)));
        assertThat(person.idNumber().substring(6, 14)).isEqualTo(person.birthDate().toString().replace("-", ""));
        assertThat(Period.between(person.birthDate(), today).getYears()).isBetween(29, 50);
    }
}
