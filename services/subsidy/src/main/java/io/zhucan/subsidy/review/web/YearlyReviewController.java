package io.zhucan.subsidy.review.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.zhucan.platform.domain.NotFoundException;
import io.zhucan.platform.security.CurrentUser;
import io.zhucan.subsidy.review.ReviewFinding;
import io.zhucan.subsidy.review.ReviewRun;
import io.zhucan.subsidy.review.application.YearlyReviewService;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Operators: the yearly full check (年度复核) and its reports; differences go to the caseworkers' queue. */
@RestController
@RequestMapping("/api/subsidies/admin/yearly-reviews")
@PreAuthorize("hasRole('operator')")
@Tag(name = "yearly review", description = "Every open entitlement against today's facts and policy")
class YearlyReviewController {

    private final YearlyReviewService reviews;

    YearlyReviewController(YearlyReviewService reviews) {
        this.reviews = reviews;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Start a check now (province-level operators; it runs in the background, applies nothing)")
    ReviewRun start(CurrentUser user) {
        return reviews.startByOperator(user);
    }

    @GetMapping
    @Operation(summary = "The latest checks with their counts by outcome")
    List<ReviewRun> list() {
        return reviews.latest();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One check with its counts by outcome")
    ReviewRun get(@PathVariable UUID id) {
        return reviews.find(id).orElseThrow(() -> new NotFoundException("no yearly review " + id));
    }

    @GetMapping("/{id}/findings")
    @Operation(summary = "The entitlements whose rules differ: person id, allowance, county, amounts, rule ids")
    List<ReviewFinding> findings(@PathVariable UUID id, @RequestParam(defaultValue = "0") int offset,
            @RequestParam(defaultValue = "200") int limit) {
        get(id);
        return reviews.findings(id, offset, limit);
    }
}
