package io.zhucan.backoffice.employment.web;

import io.zhucan.backoffice.shared.web.Counties;
import io.zhucan.backoffice.shared.web.FieldRefusals;
import io.zhucan.backoffice.shared.web.Gateway;
import io.zhucan.backoffice.shared.web.Staff;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 就业工作队列 (caseworker): the employment service's outreach list of the region — certificate holders
 * of working age to contact — and its main step, registering one as a job seeker with their profile
 * and consent. Who is on the list and who may register whom is the employment service's.
 */
@Controller
class EmploymentController {

    /** One person to contact (the service keeps person ids only). */
    record Outreach(UUID id, UUID personId, String county, UUID certificateId, Instant createdAt) {
    }

    private static final ParameterizedTypeReference<List<Outreach>> OUTREACH = new ParameterizedTypeReference<>() {
    };
    private static final Map<String, String> FIELD_OF = Map.of("profile.work-forms", "workForms",
            "profile.location", "locationCounty", "consent", "consent");

    private final Gateway gateway;

    EmploymentController(Gateway gateway) {
        this.gateway = gateway;
    }

    @GetMapping("/employment")
    @PreAuthorize("hasRole('caseworker')")
    String outreach(Model model) {
        model.addAttribute("outreach", gateway.get(OUTREACH, "/api/employment/outreach"));
        return "employment";
    }

    @GetMapping("/employment/seekers/{personId}/registration")
    @PreAuthorize("hasRole('caseworker')")
    String form(@PathVariable UUID personId, @ModelAttribute("staff") Staff staff,
            @ModelAttribute("seeker") SeekerForm form, Model model) {
        if (form.getLocationCounty().isBlank()) {
            form.setLocationCounty(staff.region());
        }
        return page(personId, model);
    }

    @PostMapping("/employment/seekers/{personId}/registration")
    @PreAuthorize("hasRole('caseworker')")
    String register(@PathVariable UUID personId, @ModelAttribute("seeker") SeekerForm form, BindingResult errors,
            Model model, RedirectAttributes next) {
        form.check(errors);
        if (FieldRefusals.send(errors, model, FIELD_OF,
                () -> gateway.post(Map.class, form.request(), "/api/employment/seekers/{personId}", personId))) {
            next.addFlashAttribute("registered", true);
            return "redirect:/employment";
        }
        return page(personId, model);
    }

    private static String page(UUID personId, Model model) {
        model.addAttribute("personId", personId);
        model.addAttribute("counties", Counties.ALL);
        model.addAttribute("educations", List.of("NONE", "PRIMARY", "JUNIOR_SECONDARY", "SENIOR_SECONDARY",
                "VOCATIONAL", "COLLEGE", "BACHELOR", "POSTGRADUATE"));
        model.addAttribute("workForms", List.of("FULL_TIME", "PART_TIME", "HOME_BASED_ONLINE", "FLEXIBLE",
                "AUXILIARY", "PUBLIC_WELFARE"));
        model.addAttribute("accommodations", List.of("STEP_FREE_ACCESS", "ACCESSIBLE_TOILET", "SIGN_LANGUAGE_SUPPORT",
                "SCREEN_READER_TOOLS", "FLEXIBLE_HOURS", "QUIET_WORKSPACE", "SUPPORTED_EMPLOYMENT_COACH"));
        model.addAttribute("scopes", List.of("MATCHING", "EMPLOYER_VIEW"));
        return "seeker-registration";
    }
}
