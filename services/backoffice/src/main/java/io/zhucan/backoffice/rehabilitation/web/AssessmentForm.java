package io.zhucan.backoffice.rehabilitation.web;

import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.validation.Errors;

/** What a needs assessment found: services, or explicitly none (so an empty form is not taken for "no need"). */
public class AssessmentForm {

    private Set<String> needs = new LinkedHashSet<>();
    private boolean noNeed;

    void check(Errors errors) {
        if (needs.isEmpty() == !noNeed) {
            errors.rejectValue("needs", needs.isEmpty() ? "rehab.needs.required" : "rehab.needs.both");
        }
    }

    public Set<String> getNeeds() {
        return needs;
    }

    public void setNeeds(Set<String> needs) {
        this.needs = needs;
    }

    public boolean isNoNeed() {
        return noNeed;
    }

    public void setNoNeed(boolean noNeed) {
        this.noNeed = noNeed;
    }
}
