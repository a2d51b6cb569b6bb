package io.zhucan.backoffice.employment.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;

class SeekerFormTest {

    @Test
    void theRequiredChoicesAreNamedAndSkillsAreSplitAtAnyComma() {
        SeekerForm form = new SeekerForm();
        var errors = new BeanPropertyBindingResult(form, "seeker");
        form.check(errors);
        assertThat(errors.getFieldErrors()).extracting(e -> e.getField()).containsExactly("education", "workForms",
                "locationCounty");

        form.setSkills("客服， 电商运营、,excel");
        form.setEducation("VOCATIONAL");
        form.setWorkForms(Set.of("HOME_BASED_ONLINE"));
        form.setLocationCounty("330106");
        assertThat(form.request()).containsEntry("skills", List.of("客服", "电商运营", "excel"))
                .containsEntry("consent", Set.of()).containsEntry("workForms", Set.of("HOME_BASED_ONLINE"));
    }
}
