package io.zhucan.subsidy.policy.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.zhucan.platform.domain.region.Divisions;
import io.zhucan.platform.security.CurrentUser;
import io.zhucan.subsidy.policy.Impact.RegionImpact;
import io.zhucan.subsidy.policy.ImpactPreview;
import io.zhucan.subsidy.policy.application.PreviewService;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The impact preview of a policy proposal, for operators: aggregates per county, city and the province, no person. */
@RestController
@RequestMapping("/api/subsidies/policy/proposals/{id}/preview")
@PreAuthorize("hasRole('operator')")
@Tag(name = "policy", description = "Eligibility rules and monthly amounts, versioned with effective dates")
class PreviewController {

    private final PreviewService previews;

    PreviewController(PreviewService previews) {
        this.previews = previews;
    }

    @PostMapping
    @Operation(summary = "Dry run of the proposal over every certificate holder (about a minute for the province): "
            + "allowances gained, lost and changed and the monthly cost change per county and city; writes nothing else")
    PreviewResponse run(CurrentUser user, @PathVariable UUID id) {
        return PreviewResponse.of(previews.run(id, user));
    }

    @GetMapping
    @Operation(summary = "The proposal's latest preview; opening it is recorded, and approving needs its id (previewId)")
    PreviewResponse latest(CurrentUser user, @PathVariable UUID id) {
        return PreviewResponse.of(previews.latest(id, user));
    }

    /** A preview as operators read it: money in fen, regions with their names. */
    record PreviewResponse(UUID previewId, UUID proposalId, long baseVersion, String computedBy, Instant computedAt,
            long millis, long persons, Figures province, List<Figures> cities, List<Figures> counties) {

        static PreviewResponse of(ImpactPreview p) {
            return new PreviewResponse(p.id(), p.proposalId(), p.baseVersion(), p.computedBy(), p.computedAt(), p.millis(),
                    p.impact().persons(), Figures.of(p.impact().total()),
                    p.impact().cities().stream().map(Figures::of).toList(),
                    p.impact().counties().stream().map(Figures::of).toList());
        }
    }

    /** One region's figures. */
    record Figures(String region, String name, long gained, long lost, long changed, long monthlyCostChangeFen) {

        static Figures of(RegionImpact r) {
            return new Figures(r.region(), Divisions.zhejiang().find(r.region()).map(d -> d.name()).orElse(r.region()),
                    r.gained(), r.lost(), r.changed(), r.costChangeFen());
        }
    }
}
