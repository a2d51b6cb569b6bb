package io.zhucan.backoffice.paymentrun.web;

import io.zhucan.backoffice.shared.web.Pages;
import io.zhucan.backoffice.shared.web.ServiceRefusal;
import java.time.YearMonth;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Operators: start the due month's run (only a province-level operator may: subsidy says so) and
 * follow its progress, polled by htmx from the run's own counters until it has finished.
 */
@Controller
@PreAuthorize("hasRole('operator')")
class PaymentRunController {

    private final PaymentRuns runs;

    PaymentRunController(PaymentRuns runs) {
        this.runs = runs;
    }

    @GetMapping("/payment-runs")
    String list(Model model) {
        model.addAttribute("runs", runs.latest());
        model.addAttribute("due", Pages.thisMonth());
        return "payment-runs";
    }

    @PostMapping("/payment-runs")
    String start(@RequestParam YearMonth month, Model model) {
        try {
            runs.start(month);
            return "redirect:/payment-runs/" + month;
        } catch (ServiceRefusal refusal) {
            model.addAttribute("refusal", refusal);
            return list(model);
        }
    }

    @GetMapping("/payment-runs/{month}")
    String run(@PathVariable YearMonth month, Model model) {
        model.addAttribute("run", runs.run(month));
        return "payment-run";
    }

    @GetMapping("/payment-runs/{month}/progress")
    String progress(@PathVariable YearMonth month, Model model) {
        model.addAttribute("run", runs.run(month));
        return "payment-run :: progress";
    }
}
