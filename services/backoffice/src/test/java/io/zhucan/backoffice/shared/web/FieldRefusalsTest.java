package io.zhucan.backoffice.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;

class FieldRefusalsTest {

    /** A form with two fields, as the person file's action form. */
    public static class Form {
        public String getToCounty() {
            return "";
        }

        public String getMonthlyAmount() {
            return "";
        }
    }

    @Test
    void aRuleAboutAFieldStandsAtThatFieldWithTheServicesReasonAndRuleId() {
        var errors = new BeanPropertyBindingResult(new Form(), "form");
        var refusal = new ServiceRefusal(422, "Rule violated", "the certificate is already registered in that county",
                "transfer", Map.of());

        assertThat(FieldRefusals.bind(refusal, errors, Map.of("transfer", "toCounty"))).isTrue();
        assertThat(errors.getFieldError("toCounty").getDefaultMessage())
                .isEqualTo("the certificate is already registered in that county (transfer)");
    }

    @Test
    void theFieldsOfABadRequestStandAtTheFormsFieldsByTheirNames() {
        var errors = new BeanPropertyBindingResult(new Form(), "form");
        var refusal = new ServiceRefusal(400, "Bad Request", "The request is invalid.", null,
                Map.of("monthlyAmountFen", "must be greater than or equal to 0", "unknown", "x"));

        assertThat(FieldRefusals.bind(refusal, errors, Map.of("monthlyAmountFen", "monthlyAmount"))).isTrue();
        assertThat(errors.getFieldError("monthlyAmount").getDefaultMessage()).isEqualTo("must be greater than or equal to 0");
        assertThat(errors.getErrorCount()).isEqualTo(1);
    }

    @Test
    void aRefusalAboutNoFieldIsLeftToThePage() {
        var errors = new BeanPropertyBindingResult(new Form(), "form");
        var refusal = new ServiceRefusal(409, "Conflict", "the certificate can be renewed from 2036-06-01",
                "renewal-window", Map.of());

        assertThat(FieldRefusals.bind(refusal, errors, Map.of("transfer", "toCounty"))).isFalse();
        assertThat(errors.hasErrors()).isFalse();
    }
}
