package io.zhucan.certification.intake.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.zhucan.certification.shared.Disability;
import io.zhucan.certification.intake.ApplicationStatus;
import io.zhucan.certification.intake.CertificateApplication;
import io.zhucan.certification.intake.application.IntakeService;
import io.zhucan.certification.intake.application.IntakeService.NewApplication;
import io.zhucan.certification.person.Person;
import io.zhucan.certification.person.application.PersonRegistry;
import io.zhucan.platform.events.vocabulary.DisabilityCategory;
import io.zhucan.platform.events.vocabulary.DisabilityGrade;
import io.zhucan.platform.security.CurrentUser;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/certification/applications")
@Tag(name = "Applications", description = "申请 → 评定 → 审核: apply for a certificate, assess, review")
class ApplicationController {

    private final IntakeService intake;
    private final PersonRegistry persons;

    ApplicationController(IntakeService intake, PersonRegistry persons) {
        this.intake = intake;
        this.persons = persons;
    }

    record NewApplicationRequest(
            @NotBlank @Pattern(regexp = "\\d{17}[\\dXx]", message = "must be an 18-character resident ID number") String idNumber,
            @NotBlank @Size(max = 100) String name,
            @NotBlank @Pattern(regexp = "\\d{6}", message = "must be a 6-digit county code") String householdCounty,
            @Nullable @Pattern(regexp = "\\d{9}", message = "must be a 9-digit township code") String householdTownship,
            @Nullable @Pattern(regexp = "\\d{6}", message = "must be a 6-digit county code") String acceptingCounty,
            @Nullable Boolean homeAssessmentRequested) {
    }

    record DisabilityInput(@NotNull DisabilityCategory category, @NotNull DisabilityGrade grade) {
    }

    record AssessmentRequest(@NotBlank @Size(max = 200) String institution,
            @NotEmpty @Size(max = 6) List<@Valid @NotNull DisabilityInput> disabilities) {
    }

    record RejectionRequest(@NotBlank @Size(max = 500) String reason) {
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('citizen', 'caseworker')")
    @Operation(summary = "Apply for a certificate: the citizen in the app, or a caseworker of any county on their behalf (帮办/代办)")
    ResponseEntity<ApplicationResponse> submit(CurrentUser user, @Valid @RequestBody NewApplicationRequest request) {
        CertificateApplication application = intake.submit(user, new NewApplication(request.idNumber(), request.name(),
                request.householdCounty(), request.householdTownship(), request.acceptingCounty(),
                Boolean.TRUE.equals(request.homeAssessmentRequested())));
        return ResponseEntity.created(URI.create("/api/certification/applications/" + application.id()))
                .body(respond(application, user));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('citizen', 'caseworker', 'assessor', 'reviewer')")
    @Operation(summary = "One application (staff of the household or accepting county, or the applicant)")
    ApplicationResponse view(CurrentUser user, @PathVariable UUID id) {
        return respond(intake.view(user, id), user);
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('caseworker', 'assessor', 'reviewer')")
    @Operation(summary = "Work queue of the caller's region: by status, overdue ones only if asked, oldest due first")
    List<ApplicationResponse> queue(CurrentUser user, @RequestParam(required = false) @Nullable ApplicationStatus status,
            @RequestParam(defaultValue = "false") boolean overdue,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int limit) {
        List<CertificateApplication> found = intake.queue(user, status, overdue, limit);
        Map<UUID, Person> applicants = persons.byIds(found.stream().map(CertificateApplication::personId).toList());
        return found.stream()
                .map(a -> ApplicationResponse.of(a, applicants.get(a.personId()), user, intake.today()))
                .toList();
    }

    @PostMapping("/{id}/assessment")
    @PreAuthorize("hasRole('assessor')")
    @Operation(summary = "Record the assessment (评定): each disability with its grade")
    ApplicationResponse assess(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody AssessmentRequest request) {
        List<Disability> disabilities = request.disabilities().stream()
                .map(d -> new Disability(d.category(), d.grade()))
                .toList();
        return respond(intake.assess(user, id, disabilities, request.institution()), user);
    }

    @PostMapping("/{id}/approval")
    @PreAuthorize("hasRole('reviewer')")
    @Operation(summary = "Approve (审核通过): issues the certificate, or regrades it for a reassessment")
    ApplicationResponse approve(CurrentUser user, @PathVariable UUID id) {
        return respond(intake.approve(user, id), user);
    }

    @PostMapping("/{id}/rejection")
    @PreAuthorize("hasRole('reviewer')")
    @Operation(summary = "Reject with a reason given to the applicant")
    ApplicationResponse reject(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody RejectionRequest request) {
        return respond(intake.reject(user, id, request.reason()), user);
    }

    private ApplicationResponse respond(CertificateApplication application, CurrentUser user) {
        return ApplicationResponse.of(application, persons.get(application.personId()), user, intake.today());
    }
}
