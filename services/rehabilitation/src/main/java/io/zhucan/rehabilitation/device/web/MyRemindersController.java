package io.zhucan.rehabilitation.device.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.zhucan.platform.events.rehabilitation.ReminderKind;
import io.zhucan.platform.security.CurrentUser;
import io.zhucan.rehabilitation.device.application.RentalReminding;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Me", description = "The citizen's own rehabilitation")
class MyRemindersController {

    private final RentalReminding reminding;

    MyRemindersController(RentalReminding reminding) {
        this.reminding = reminding;
    }

    @GetMapping("/api/rehabilitation/me/reminders")
    @PreAuthorize("hasRole('citizen')")
    @Operation(summary = "My reminders: rented devices due back soon or overdue")
    List<ReminderView> mine(CurrentUser user) {
        return reminding.mine(user).stream().map(r -> new ReminderView(r.fittingId(), r.deviceCode(), r.kind(),
                r.returnDueOn(), r.remindedOn())).toList();
    }

    record ReminderView(UUID fittingId, String deviceCode, ReminderKind kind, LocalDate returnDueOn,
            LocalDate remindedOn) {
    }
}
