package io.zhucan.subsidy.standard.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.zhucan.platform.security.CurrentUser;
import io.zhucan.subsidy.standard.DibaoStandard;
import io.zhucan.subsidy.standard.application.StandardService;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.YearMonth;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "低保 standards", description = "Counties' minimum living guarantee standards the living allowance follows")
class StandardController {

    private final StandardService standards;

    StandardController(StandardService standards) {
        this.standards = standards;
    }

    record StandardRequest(@NotBlank @Pattern(regexp = "\\d{6}") String county, @NotNull YearMonth effectiveFrom,
            @NotNull @Positive Long monthlyFen, @NotBlank @Size(max = 300) String source) {
    }

    @PostMapping("/api/subsidies/dibao-standards")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('operator')")
    @Operation(summary = "Record a county's 低保 standard from a coming month; its living allowances follow it")
    DibaoStandard record(CurrentUser user, @Valid @RequestBody StandardRequest request) {
        return standards.record(user, new DibaoStandard(request.county(), request.effectiveFrom(), request.monthlyFen(),
                request.source().strip()));
    }

    @GetMapping("/api/subsidies/dibao-standards/{county}")
    @PreAuthorize("hasAnyRole('operator', 'analyst', 'caseworker', 'reviewer')")
    @Operation(summary = "A county's 低保 standards by effective month")
    List<DibaoStandard> ofCounty(@PathVariable @Pattern(regexp = "\\d{6}") String county) {
        return standards.ofCounty(county);
    }
}
