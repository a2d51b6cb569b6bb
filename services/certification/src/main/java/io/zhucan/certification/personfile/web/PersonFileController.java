package io.zhucan.certification.personfile.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.zhucan.certification.certificate.CertificateStatus;
import io.zhucan.certification.intake.ApplicationKind;
import io.zhucan.certification.intake.ApplicationStatus;
import io.zhucan.certification.personfile.application.PersonFileQuery;
import io.zhucan.certification.personfile.application.PersonFileQuery.PersonFile;
import io.zhucan.platform.events.vocabulary.DisabilityCategory;
import io.zhucan.platform.events.vocabulary.DisabilityGrade;
import io.zhucan.platform.events.vocabulary.Sex;
import io.zhucan.platform.security.CurrentUser;
import io.zhucan.platform.security.audit.PersonFileAudit.AuditEntry;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Person file", description = "A person's certification file for caseworkers; every read is audited")
class PersonFileController {

    private final PersonFileQuery files;

    PersonFileController(PersonFileQuery files) {
        this.files = files;
    }

    record PersonFileResponse(UUID personId, String name, String idNumber, LocalDate birthDate, Sex sex,
            String householdCounty, @Nullable String householdTownship, @Nullable LocalDate dateOfDeath,
            List<ApplicationSummary> applications,
            @Nullable CertificateSummary certificate) {
    }

    record ApplicationSummary(UUID id, ApplicationKind kind, ApplicationStatus status, LocalDate stepDueOn) {
    }

    record CertificateSummary(UUID id, String number, DisabilityCategory category, DisabilityGrade grade,
            CertificateStatus status, LocalDate validUntil) {
    }

    /** The ID number goes in the body, never in a URL (URLs end up in access logs). */
    record LookupRequest(@NotBlank @Pattern(regexp = "\\d{17}[\\dXx]") String idNumber) {
    }

    @GetMapping("/api/certification/persons/{id}")
    @PreAuthorize("hasAnyRole('caseworker', 'reviewer')")
    @Operation(summary = "A person's certification file (staff of the person's county)")
    PersonFileResponse file(CurrentUser user, @PathVariable UUID id) {
        return respond(files.file(user, id));
    }

    @PostMapping("/api/certification/persons/lookup")
    @PreAuthorize("hasAnyRole('caseworker', 'reviewer')")
    @Operation(summary = "Find a person of the caller's region by resident ID number")
    PersonFileResponse lookup(CurrentUser user, @Valid @RequestBody LookupRequest request) {
        return respond(files.byIdNumber(user, request.idNumber()));
    }

    @GetMapping("/api/certification/persons/{id}/access-log")
    @PreAuthorize("hasRole('operator')")
    @Operation(summary = "Who read, or was refused, this person's file")
    List<AuditEntry> accessLog(@PathVariable UUID id, @RequestParam(defaultValue = "100") int limit) {
        return files.accessLog(id, Math.clamp(limit, 1, 1000));
    }

    private static PersonFileResponse respond(PersonFile file) {
        var person = file.person();
        return new PersonFileResponse(person.id(), person.name(), person.idNumber().value(), person.birthDate(),
                person.sex(), person.householdCounty(), person.householdTownship(), person.dateOfDeath(),
                file.applications().stream()
                        .map(a -> new ApplicationSummary(a.id(), a.kind(), a.status(), a.stepDueOn()))
                        .toList(),
                file.certificate()
                        .map(c -> new CertificateSummary(c.id(), c.number(), c.category(), c.grade(), c.status(),
                                c.validUntil()))
                        .orElse(null));
    }
}
