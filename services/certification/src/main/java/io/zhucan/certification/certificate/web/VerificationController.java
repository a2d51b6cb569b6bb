package io.zhucan.certification.certificate.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.zhucan.certification.certificate.application.CertificateService;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Public certificate verification: anyone with a verification code learns whether the certificate
 * is valid today, and nothing else (no category, no name, no number; an unknown code and a
 * cancelled certificate look the same).
 */
@RestController
@Tag(name = "Verification", description = "Public: is this certificate valid?")
class VerificationController {

    private final CertificateService certificates;

    VerificationController(CertificateService certificates) {
        this.certificates = certificates;
    }

    record VerificationResult(boolean valid) {
    }

    @GetMapping("/api/certification/verify/{code}")
    @PreAuthorize("permitAll()")
    @Operation(summary = "Whether the certificate with this verification code is valid today (no authentication)")
    ResponseEntity<VerificationResult> verify(@PathVariable String code) {
        boolean valid = code.matches("[0-9A-Z]{16}") && certificates.verify(code);
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(new VerificationResult(valid));
    }
}
