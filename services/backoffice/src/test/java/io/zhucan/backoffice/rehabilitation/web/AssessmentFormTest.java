package io.zhucan.backoffice.rehabilitation.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;

class AssessmentFormTest {

    private static String check(Set<String> needs, boolean noNeed) {
        AssessmentForm form = new AssessmentForm();
        form.setNeeds(needs);
        form.setNoNeed(noNeed);
        var errors = new BeanPropertyBindingResult(form, "assessment");
        form.check(errors);
        return errors.hasErrors() ? errors.getFieldError("needs").getCode() : "ok";
    }

    @Test
    void anAssessmentNamesItsNeedsOrSaysExplicitlyThatThereIsNone() {
        assertThat(check(Set.of("TRAINING"), false)).isEqualTo("ok");
        assertThat(check(Set.of(), true)).isEqualTo("ok");
        assertThat(check(Set.of(), false)).isEqualTo("rehab.needs.required");
        assertThat(check(Set.of("TRAINING"), true)).isEqualTo("rehab.needs.both");
    }
}
