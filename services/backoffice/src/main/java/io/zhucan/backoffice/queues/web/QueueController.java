package io.zhucan.backoffice.queues.web;

import io.zhucan.backoffice.shared.web.Counties;
import io.zhucan.backoffice.shared.web.Staff;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The work queues of the user's region, by role: the caseworker's registered applications and the
 * form to register one on a person's behalf, the assessor's applications to assess, the reviewer's
 * to decide (subsidy's exception cases are on their own page). Overdue items come first (certification sorts by
 * the step's due date).
 */
@Controller
class QueueController {

    private final Certification certification;

    QueueController(Certification certification) {
        this.certification = certification;
    }

    @GetMapping("/queues")
    @PreAuthorize("hasAnyRole('caseworker', 'assessor', 'reviewer')")
    String queues(@ModelAttribute("staff") Staff staff, Model model) {
        if (!model.containsAttribute("registration")) {
            RegistrationForm form = new RegistrationForm();
            form.setHouseholdCounty(staff.region());
            model.addAttribute("registration", form);
        }
        show(staff, model);
        return "queues";
    }

    void show(Staff staff, Model model) {
        model.addAttribute("counties", Counties.ALL);
        if (staff.hasAny("caseworker", "assessor")) {
            model.addAttribute("submitted", certification.queue("SUBMITTED"));
        }
        if (staff.has("reviewer")) {
            model.addAttribute("assessed", certification.queue("ASSESSED"));
        }
    }
}
