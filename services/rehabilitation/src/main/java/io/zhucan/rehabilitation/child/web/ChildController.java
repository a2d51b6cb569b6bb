package io.zhucan.rehabilitation.child.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.zhucan.platform.events.rehabilitation.RehabService;
import io.zhucan.platform.security.CurrentUser;
import io.zhucan.rehabilitation.child.Child;
import io.zhucan.rehabilitation.child.Enrolment;
import io.zhucan.rehabilitation.child.Institution;
import io.zhucan.rehabilitation.child.application.ChildIntake;
import io.zhucan.rehabilitation.child.application.ChildServices;
import io.zhucan.rehabilitation.child.application.ChildServices.Eligibility;
import io.zhucan.rehabilitation.child.application.InstitutionRegistry;
import io.zhucan.rehabilitation.shared.RehabRoles;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;
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

@RestController
@RequestMapping("/api/rehabilitation")
@PreAuthorize(RehabRoles.STAFF)
@Tag(name = "Child rehabilitation", description = "残疾儿童康复救助: eligibility, designated institutions, enrolment")
class ChildController {

    private final ChildIntake intake;
    private final ChildServices children;
    private final InstitutionRegistry institutions;

    ChildController(ChildIntake intake, ChildServices children, InstitutionRegistry institutions) {
        this.intake = intake;
        this.children = children;
        this.institutions = institutions;
    }

    @PostMapping("/children")
    @Operation(summary = "The child record of a certificate holder below the age limit (linked to an earlier screening)")
    ChildView ofHolder(CurrentUser user, @Valid @RequestBody Holder body) {
        return ChildView.of(intake.ofCertificateHolder(user, body.personId()));
    }

    @GetMapping("/children/{id}/eligibility")
    Eligibility eligibility(CurrentUser user, @PathVariable UUID id, @RequestParam LocalDate on) {
        return children.eligibility(user, id, on);
    }

    @PostMapping("/institutions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Register a designated institution (定点康复机构) of my region with its own client")
    Institution register(CurrentUser user, @Valid @RequestBody NewInstitution body) {
        return institutions.register(user, body.name().strip(), body.county(), body.clientId(), body.serviceTypes(),
                body.capacity(), body.agreementFrom(), body.agreementTo());
    }

    @PostMapping("/enrolments")
    @ResponseStatus(HttpStatus.CREATED)
    Enrolment enrol(CurrentUser user, @Valid @RequestBody NewEnrolment body) {
        return children.enrol(user, body.childId(), body.institutionId(), body.serviceType(), body.admittedOn());
    }

    @PostMapping("/enrolments/{id}/exit")
    Enrolment exit(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody Exit body) {
        return children.exit(user, id, body.exitedOn());
    }

    record Holder(@NotNull UUID personId) {
    }

    record NewInstitution(@NotBlank @Size(max = 200) String name, @NotNull @jakarta.validation.constraints.Pattern(
            regexp = "\\d{6}") String county, @NotBlank @Size(max = 100) String clientId,
            @NotNull @Size(min = 1) Set<RehabService> serviceTypes, @Positive int capacity,
            @NotNull LocalDate agreementFrom, @NotNull LocalDate agreementTo) {
    }

    record NewEnrolment(@NotNull UUID childId, @NotNull UUID institutionId, @NotNull RehabService serviceType,
            @NotNull LocalDate admittedOn) {
    }

    record Exit(@NotNull LocalDate exitedOn) {
    }

    /** A child without the ID number or its hash. */
    record ChildView(UUID id, UUID personId, LocalDate birthDate, String county, String basis) {

        static ChildView of(Child c) {
            return new ChildView(c.id(), c.personId(), c.birthDate(), c.county(), c.basis().name());
        }
    }
}
