package io.zhucan.backoffice.personfile.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.zhucan.backoffice.shared.web.Staff;
import java.math.BigDecimal;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;

class PersonActionTest {

    @Test
    void theLinksFollowTheRolesTheServicesAskFor() {
        assertThat(PersonAction.allowedFor(new Staff("c", "330106", Set.of("caseworker"))))
                .containsExactly(PersonAction.RENEW, PersonAction.REISSUE, PersonAction.REGRADE, PersonAction.TRANSFER,
                        PersonAction.DECLINE);
        assertThat(PersonAction.allowedFor(new Staff("r", "330106", Set.of("reviewer"))))
                .containsExactly(PersonAction.RENEW, PersonAction.SUSPEND, PersonAction.REINSTATE, PersonAction.CANCEL,
                        PersonAction.OVERRIDE);
        assertThat(PersonAction.allowedFor(new Staff("a", "330106", Set.of("analyst")))).isEmpty();
        assertThat(PersonAction.of("override")).contains(PersonAction.OVERRIDE);
        assertThat(PersonAction.of("OVERRIDE")).isEmpty();
    }

    @Test
    void aFormSentWithoutItsRequiredFieldsNamesEachInOrder() {
        ActionForm form = new ActionForm();
        var errors = new BeanPropertyBindingResult(form, "form");

        form.check(PersonAction.CANCEL, errors);

        assertThat(errors.getFieldErrors()).extracting(e -> e.getField() + ":" + e.getCode())
                .containsExactly("cancellationReason:action.field.cancellationReason.required",
                        "effectiveOn:action.field.effectiveOn.required");
    }

    @Test
    void aDecliningRecordedNamesTheAllowanceAndTheDeclaration() {
        ActionForm form = new ActionForm();
        var errors = new BeanPropertyBindingResult(form, "form");

        form.check(PersonAction.DECLINE, errors);

        assertThat(errors.getFieldErrors()).extracting(e -> e.getField() + ":" + e.getCode())
                .containsExactly("allowance:action.field.allowance.required",
                        "declaration:action.field.declaration.required");
        assertThat(PersonAction.DECLINE.onCertificate()).as("an allowance's action: shown without a certificate too")
                .isFalse();
    }

    @Test
    void anActionWithoutFieldsNeedsNone() {
        ActionForm form = new ActionForm();
        var errors = new BeanPropertyBindingResult(form, "form");
        form.check(PersonAction.RENEW, errors);
        assertThat(errors.hasErrors()).isFalse();
    }

    @Test
    void theMonthlyAmountIsOptionalAndSentInFen() {
        ActionForm form = new ActionForm();
        form.setAllowance("NURSING");
        form.setOverrideAction("GRANT");
        form.setReason("政策未覆盖的情形");
        var errors = new BeanPropertyBindingResult(form, "form");
        form.check(PersonAction.OVERRIDE, errors);
        assertThat(errors.hasErrors()).isFalse();
        assertThat(form.monthlyAmountFen()).isNull();

        form.setMonthlyAmount(new BigDecimal("496.5"));
        assertThat(form.monthlyAmountFen()).isEqualTo(49650L);

        form.setMonthlyAmount(new BigDecimal("1.234"));
        form.check(PersonAction.OVERRIDE, errors);
        assertThat(errors.getFieldError("monthlyAmount").getCode()).isEqualTo("action.field.monthlyAmount.format");
    }
}
