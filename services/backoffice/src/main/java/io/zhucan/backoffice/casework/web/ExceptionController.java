package io.zhucan.backoffice.casework.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * 补贴异常: subsidy's open exception cases of the user's region (a decision the rules could not make,
 * a payment that kept failing), oldest first. A reviewer decides one by a manual override from the
 * person file (subsidy closes the case); a caseworker opens the file to put the facts right.
 */
@Controller
class ExceptionController {

    private final SubsidyExceptions exceptions;

    ExceptionController(SubsidyExceptions exceptions) {
        this.exceptions = exceptions;
    }

    @GetMapping("/exceptions")
    @PreAuthorize("hasAnyRole('caseworker', 'reviewer')")
    String open(Model model) {
        model.addAttribute("exceptions", exceptions.open());
        return "exceptions";
    }
}
