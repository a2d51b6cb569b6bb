package io.zhucan.certification.certificate.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.zhucan.certification.certificate.application.CertificateService;
import io.zhucan.platform.domain.NotFoundException;
import io.zhucan.platform.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Me", description = "The citizen's own data")
class MyCertificateController {

    private final CertificateService certificates;

    MyCertificateController(CertificateService certificates) {
        this.certificates = certificates;
    }

    @GetMapping("/api/certification/me/certificate")
    @PreAuthorize("hasRole('citizen')")
    @Operation(summary = "My electronic certificate (电子残疾人证), with its verification code")
    ElectronicCertificate mine(CurrentUser user) {
        return certificates.mine(user)
                .map(view -> ElectronicCertificate.of(view.certificate(), view.holder()))
                .orElseThrow(() -> new NotFoundException("you hold no certificate"));
    }
}
