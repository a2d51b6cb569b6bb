package io.zhucan.certification.intake.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.zhucan.certification.intake.application.IntakeService;
import io.zhucan.certification.person.application.PersonRegistry;
import io.zhucan.platform.security.CurrentUser;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Me", description = "The citizen's own data")
class MyApplicationsController {

    private final IntakeService intake;
    private final PersonRegistry persons;

    MyApplicationsController(IntakeService intake, PersonRegistry persons) {
        this.intake = intake;
        this.persons = persons;
    }

    @GetMapping("/api/certification/me/applications")
    @PreAuthorize("hasRole('citizen')")
    @Operation(summary = "My applications and where each stands")
    List<ApplicationResponse> mine(CurrentUser user) {
        return intake.mine(user).stream()
                .map(a -> ApplicationResponse.of(a, persons.get(a.personId()), user, intake.today()))
                .toList();
    }
}
