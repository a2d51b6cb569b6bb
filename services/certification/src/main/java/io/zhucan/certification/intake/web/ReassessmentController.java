package io.zhucan.certification.intake.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.zhucan.certification.intake.CertificateApplication;
import io.zhucan.certification.intake.application.IntakeService;
import io.zhucan.certification.person.application.PersonRegistry;
import io.zhucan.platform.security.CurrentUser;
import java.net.URI;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Applications")
class ReassessmentController {

    private final IntakeService intake;
    private final PersonRegistry persons;

    ReassessmentController(IntakeService intake, PersonRegistry persons) {
        this.intake = intake;
        this.persons = persons;
    }

    record ReassessmentRequest(@Nullable Boolean homeAssessmentRequested) {
    }

    @PostMapping("/api/certification/certificates/{id}/reassessments")
    @PreAuthorize("hasRole('caseworker')")
    @Operation(summary = "Register a reassessment of a valid certificate; its approval regrades the certificate")
    ResponseEntity<ApplicationResponse> request(CurrentUser user, @PathVariable UUID id,
            @RequestBody ReassessmentRequest request) {
        CertificateApplication application = intake.requestReassessment(user, id,
                Boolean.TRUE.equals(request.homeAssessmentRequested()));
        return ResponseEntity.created(URI.create("/api/certification/applications/" + application.id()))
                .body(ApplicationResponse.of(application, persons.get(application.personId()), user, intake.today()));
    }
}
