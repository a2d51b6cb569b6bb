package io.zhucan.backoffice.deadletter.web;

import io.zhucan.backoffice.shared.web.ServiceRefusal;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 死信 (operator): one service's parked records with their reason, oldest first, and replay — the
 * record read again from its topic and the same person's records it held back after it. Whether it
 * can be replayed (still parked, still on the topic) is the service's to say.
 */
@Controller
class DeadLetterController {

    private final DeadLetters deadLetters;

    DeadLetterController(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @GetMapping("/dead-letters")
    @PreAuthorize("hasRole('operator')")
    String list(@RequestParam(defaultValue = "certification") String service,
            @RequestParam(defaultValue = "false") boolean all, Model model) {
        known(service);
        model.addAttribute("services", DeadLetters.ORDER);
        model.addAttribute("service", service);
        model.addAttribute("all", all);
        try {
            model.addAttribute("deadLetters", deadLetters.parked(service, all));
        } catch (ServiceRefusal refusal) {
            model.addAttribute("refusal", refusal);
        }
        return "dead-letters";
    }

    @PostMapping("/dead-letters/{service}/{id}/replay")
    @PreAuthorize("hasRole('operator')")
    String replay(@PathVariable String service, @PathVariable UUID id, Model model, RedirectAttributes next) {
        known(service);
        try {
            next.addFlashAttribute("replayed", deadLetters.replay(service, id).size());
            next.addAttribute("service", service);
            return "redirect:/dead-letters";
        } catch (ServiceRefusal refusal) {
            String page = list(service, false, model);
            model.addAttribute("refusal", refusal);
            return page;
        }
    }

    private static void known(String service) {
        if (!DeadLetters.SERVICES.containsKey(service)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }
}
