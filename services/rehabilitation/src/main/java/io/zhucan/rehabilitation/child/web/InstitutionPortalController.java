package io.zhucan.rehabilitation.child.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.zhucan.platform.security.CurrentUser;
import io.zhucan.rehabilitation.child.Enrolment;
import io.zhucan.rehabilitation.child.MonthlyService;
import io.zhucan.rehabilitation.child.application.ChildServices;
import io.zhucan.rehabilitation.shared.RehabRoles;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A designated institution's own API, through its own client: its enrolled children only. */
@RestController
@RequestMapping("/api/rehabilitation/institution")
@PreAuthorize("hasRole('" + RehabRoles.INSTITUTION + "')")
@Tag(name = "Institution", description = "定点康复机构: enrolled children, monthly service records, settlement")
class InstitutionPortalController {

    private final ChildServices children;

    InstitutionPortalController(ChildServices children) {
        this.children = children;
    }

    @GetMapping("/enrolments")
    @Operation(summary = "The children enrolled with us now")
    List<Enrolment> enrolled(CurrentUser user) {
        return children.myEnrolledChildren(user);
    }

    @PostMapping("/enrolments/{id}/months")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a month of services; the subsidy is what the child's yearly cap still allows")
    MonthlyService recordMonth(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody Month body) {
        return children.recordMonth(user, id, body.month(), body.sessions(), body.claimedFen());
    }

    @GetMapping("/settlement")
    @Operation(summary = "What the federation owes us for a month (sum of the subsidies recorded), in fen")
    Settlement settlement(CurrentUser user, @RequestParam YearMonth month) {
        return new Settlement(month, children.settlementFen(user, month));
    }

    record Month(@NotNull YearMonth month, @Positive int sessions, @PositiveOrZero long claimedFen) {
    }

    record Settlement(YearMonth month, long subsidyFen) {
    }
}
