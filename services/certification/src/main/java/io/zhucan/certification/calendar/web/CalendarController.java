package io.zhucan.certification.calendar.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.zhucan.certification.calendar.CalendarDay;
import io.zhucan.certification.calendar.CalendarYear;
import io.zhucan.certification.calendar.application.CalendarAdministration;
import io.zhucan.platform.security.CurrentUser;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Validated
@Tag(name = "Working-day calendar", description = "Official holidays and make-up working days the due dates count in")
class CalendarController {

    private final CalendarAdministration calendar;

    CalendarController(CalendarAdministration calendar) {
        this.calendar = calendar;
    }

    record DayInput(@NotNull LocalDate date, @NotNull CalendarDay.Kind kind, @NotBlank @Size(max = 50) String name) {
    }

    record PublishRequest(@NotBlank @Size(max = 300) String source, @NotNull List<@Valid @NotNull DayInput> days) {
    }

    @GetMapping("/api/certification/calendar/{year}")
    @PreAuthorize("hasAnyRole('caseworker', 'assessor', 'reviewer', 'operator')")
    @Operation(summary = "A year's holidays and make-up working days, PUBLISHED or PENDING (counted Monday to Friday)")
    CalendarYear year(@PathVariable @Min(2000) @Max(2100) int year) {
        return calendar.year(year);
    }

    @PutMapping("/api/certification/admin/calendar/{year}")
    @PreAuthorize("hasRole('operator')")
    @Operation(summary = "Publish a year's days from the State Council's notice (recorded; open due dates recounted)")
    CalendarYear publish(CurrentUser user, @PathVariable @Min(2000) @Max(2100) int year,
            @Valid @RequestBody PublishRequest request) {
        return calendar.publish(user, year, request.source(),
                request.days().stream().map(d -> new CalendarDay(d.date(), d.kind(), d.name().strip())).toList());
    }
}
