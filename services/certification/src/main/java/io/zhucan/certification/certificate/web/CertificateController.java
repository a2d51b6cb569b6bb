package io.zhucan.certification.certificate.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.zhucan.certification.certificate.Certificate;
import io.zhucan.certification.certificate.application.CertificateService;
import io.zhucan.certification.certificate.application.CertificateService.CertificateView;
import io.zhucan.certification.person.application.PersonRegistry;
import io.zhucan.platform.events.certification.CancellationReason;
import io.zhucan.platform.security.CurrentUser;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/certification/certificates")
@Tag(name = "Certificates", description = "The life of an issued certificate: renew, reissue, suspend, cancel")
class CertificateController {

    private final CertificateService certificates;
    private final PersonRegistry persons;

    CertificateController(CertificateService certificates, PersonRegistry persons) {
        this.certificates = certificates;
        this.persons = persons;
    }

    record SuspensionRequest(@NotBlank @Size(max = 500) String reason) {
    }

    record CancellationRequest(@NotNull CancellationReason reason, @NotNull LocalDate effectiveOn) {
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('citizen', 'caseworker', 'reviewer', 'assessor')")
    @Operation(summary = "One certificate (staff of its county, or its holder); the read is audited")
    CertificateResponse view(CurrentUser user, @PathVariable UUID id) {
        CertificateView view = certificates.view(user, id);
        return CertificateResponse.of(view.certificate(), view.holder(), user);
    }

    @PostMapping("/{id}/renewal")
    @PreAuthorize("hasAnyRole('caseworker', 'reviewer')")
    @Operation(summary = "Renew (换领): a new validity period, from the renewal window before expiry or after it")
    CertificateResponse renew(CurrentUser user, @PathVariable UUID id) {
        return respond(certificates.renew(user, id), user);
    }

    @PostMapping("/{id}/reissue")
    @PreAuthorize("hasRole('caseworker')")
    @Operation(summary = "Reissue after loss (补办): the old verification code stops verifying")
    CertificateResponse reissue(CurrentUser user, @PathVariable UUID id) {
        return respond(certificates.reissue(user, id), user);
    }

    @PostMapping("/{id}/suspension")
    @PreAuthorize("hasRole('reviewer')")
    @Operation(summary = "Suspend, with a reason (benefits tied to the certificate pause)")
    CertificateResponse suspend(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody SuspensionRequest request) {
        return respond(certificates.suspend(user, id, request.reason()), user);
    }

    @PostMapping("/{id}/reinstatement")
    @PreAuthorize("hasRole('reviewer')")
    @Operation(summary = "Reinstate a suspended certificate")
    CertificateResponse reinstate(CurrentUser user, @PathVariable UUID id) {
        return respond(certificates.reinstate(user, id), user);
    }

    @PostMapping("/{id}/cancellation")
    @PreAuthorize("hasRole('reviewer')")
    @Operation(summary = "Cancel on request or on moving out of the province (deaths come from civil affairs)")
    CertificateResponse cancel(CurrentUser user, @PathVariable UUID id,
            @Valid @RequestBody CancellationRequest request) {
        return respond(certificates.cancel(user, id, request.reason(), request.effectiveOn()), user);
    }

    private CertificateResponse respond(Certificate certificate, CurrentUser user) {
        return CertificateResponse.of(certificate, persons.get(certificate.personId()), user);
    }
}
