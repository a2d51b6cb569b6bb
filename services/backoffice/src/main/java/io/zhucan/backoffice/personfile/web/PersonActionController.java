package io.zhucan.backoffice.personfile.web;

import io.zhucan.backoffice.shared.web.Counties;
import io.zhucan.backoffice.shared.web.FieldRefusals;
import io.zhucan.backoffice.shared.web.Staff;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An action on a person's certificate or allowances: a page that names the person and the
 * certificate (the confirmation), the action's fields, then the service's answer. The service decides
 * whether it may be done (role, region, the certificate's state, four-eyes); its refusal is shown at
 * the field it is about, or above the form.
 */
@Controller
class PersonActionController {

    private final PersonFiles files;
    private final PersonActions actions;

    PersonActionController(PersonFiles files, PersonActions actions) {
        this.files = files;
        this.actions = actions;
    }

    @GetMapping("/persons/{id}/actions/{action}")
    @PreAuthorize("hasAnyRole('caseworker', 'reviewer')")
    String form(@PathVariable UUID id, @PathVariable String action, @ModelAttribute("staff") Staff staff,
            @ModelAttribute("form") ActionForm form, Model model) {
        return page(id, allowed(action, staff), model);
    }

    @PostMapping("/persons/{id}/actions/{action}")
    @PreAuthorize("hasAnyRole('caseworker', 'reviewer')")
    String perform(@PathVariable UUID id, @PathVariable String action, @ModelAttribute("staff") Staff staff,
            @ModelAttribute("form") ActionForm form, BindingResult errors, Model model, RedirectAttributes next) {
        PersonAction chosen = allowed(action, staff);
        form.check(chosen, errors);
        int[] status = new int[1];
        if (FieldRefusals.send(errors, model, chosen.fieldOf(),
                () -> status[0] = actions.perform(chosen, files.certified(id), form))) {
            next.addFlashAttribute("actionDone", "action." + chosen.slug() + (status[0] == 202 ? ".accepted" : ".done"));
            return "redirect:/persons/" + id;
        }
        return page(id, chosen, model);
    }

    private String page(UUID id, PersonAction action, Model model) {
        model.addAttribute("person", files.certified(id));
        model.addAttribute("action", action);
        model.addAttribute("counties", Counties.ALL);
        model.addAttribute("cancellationReasons", List.of("REQUEST", "MOVED_OUT_OF_PROVINCE", "DEATH"));
        model.addAttribute("allowances", List.of("LIVING", "NURSING"));
        model.addAttribute("overrideActions", List.of("GRANT", "SUSPEND", "RESUME", "TERMINATE"));
        return "person-action";
    }

    /** Which page to show is the role's (the link was shown for it); whether it may be done is the service's. */
    private static PersonAction allowed(String slug, Staff staff) {
        PersonAction action = PersonAction.of(slug)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!action.allows(staff)) {
            throw new AccessDeniedException("not for this role");
        }
        return action;
    }
}
