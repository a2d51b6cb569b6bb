package io.zhucan.backoffice.personfile.web;

import io.zhucan.backoffice.shared.web.Parts;
import io.zhucan.backoffice.shared.web.ServiceRefusal;
import io.zhucan.backoffice.shared.web.Staff;
import io.zhucan.platform.events.vocabulary.ResidentIdNumber;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Find a person of one's region by ID number or certificate number (posted, never in a URL), then
 * their file. A part the user's role may not read (the timeline is for caseworkers) says so, with
 * the service's reason, instead of hiding the whole file.
 */
@Controller
class PersonFileController {

    private final PersonFiles files;

    PersonFileController(PersonFiles files) {
        this.files = files;
    }

    @GetMapping("/persons")
    @PreAuthorize("hasAnyRole('caseworker', 'reviewer')")
    String search() {
        return "persons";
    }

    @PostMapping("/persons/search")
    @PreAuthorize("hasAnyRole('caseworker', 'reviewer')")
    String find(@RequestParam(defaultValue = "") String number, Model model) {
        String typed = number.strip().toUpperCase();
        if (!typed.matches("\\d{17}[\\dX](\\d{2})?")) {
            model.addAttribute("numberInvalid", true);
            model.addAttribute("number", typed);
            return "persons";
        }
        try {
            String idNumber = typed.length() == 20 ? ResidentIdNumber.ofCertificateNumber(typed).value() : typed;
            return "redirect:/persons/" + files.lookup(idNumber).personId();
        } catch (ServiceRefusal refusal) {
            model.addAttribute("refusal", refusal);
        } catch (IllegalArgumentException invalid) {
            model.addAttribute("numberInvalid", true);
        }
        model.addAttribute("number", typed);
        return "persons";
    }

    @GetMapping("/persons/{id}")
    @PreAuthorize("hasAnyRole('caseworker', 'reviewer')")
    String file(@PathVariable UUID id, @ModelAttribute("staff") Staff staff, Model model) {
        model.addAttribute("person", files.certified(id));
        model.addAttribute("actions", PersonAction.allowedFor(staff));
        Parts.add(model, "subsidies", () -> files.subsidies(id));
        Parts.add(model, "timeline", () -> files.timeline(id));
        return "person";
    }
}
