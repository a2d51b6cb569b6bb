package io.zhucan.backoffice.queues.web;

import io.zhucan.backoffice.shared.web.Pages;
import io.zhucan.backoffice.shared.web.ServiceRefusal;
import io.zhucan.backoffice.shared.web.Staff;
import io.zhucan.platform.events.vocabulary.ResidentIdNumber;
import io.zhucan.platform.events.vocabulary.ResidentIdNumber.InvalidResidentIdNumberException;
import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 帮办/代办: a caseworker registers an application for a person, the ID number checked as it is typed. */
@Controller
class RegistrationController {

    private final Certification certification;
    private final QueueController queues;

    RegistrationController(Certification certification, QueueController queues) {
        this.certification = certification;
        this.queues = queues;
    }

    @PostMapping("/queues/applications")
    @PreAuthorize("hasRole('caseworker')")
    String register(@ModelAttribute("staff") Staff staff, @Valid @ModelAttribute("registration") RegistrationForm form,
            BindingResult errors, Model model, RedirectAttributes next) {
        if (!errors.hasErrors()) {
            try {
                Application registered = certification.register(form);
                next.addFlashAttribute("registered", registered);
                return "redirect:/queues";
            } catch (ServiceRefusal refusal) {
                model.addAttribute("refusal", refusal);
            }
        }
        queues.show(staff, model);
        return "queues";
    }

    /** As-you-type check (htmx): GB 11643 check digit and birth date, before anything is sent anywhere. */
    @PostMapping("/queues/id-number-check")
    @PreAuthorize("hasRole('caseworker')")
    String check(@RequestParam(defaultValue = "") String idNumber, Model model) {
        String typed = idNumber.strip();
        if (typed.length() < 18) {
            model.addAttribute("remaining", 18 - typed.length());
        } else {
            try {
                model.addAttribute("valid", ResidentIdNumber.parse(typed, Pages.today()));
            } catch (InvalidResidentIdNumberException e) {
                model.addAttribute("invalid", true);
            }
        }
        return "queues :: id-number-hint";
    }
}
