package io.zhucan.subsidy.casework.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.zhucan.platform.security.CurrentUser;
import io.zhucan.subsidy.casework.ExceptionCase;
import io.zhucan.subsidy.casework.application.ExceptionQueue;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Caseworkers and reviewers: the open exception cases of their region. */
@RestController
@RequestMapping("/api/subsidies")
@Tag(name = "caseworker", description = "A person's allowances for staff of the person's county; exceptions; overrides")
class ExceptionQueueController {

    private final ExceptionQueue queue;

    ExceptionQueueController(ExceptionQueue queue) {
        this.queue = queue;
    }

    @GetMapping("/exceptions")
    @PreAuthorize("hasAnyRole('caseworker', 'reviewer')")
    @Operation(summary = "Open exception cases (undecidable, payments failing) of my region")
    List<ExceptionCase> exceptions(CurrentUser user) {
        return queue.openFor(user);
    }
}
