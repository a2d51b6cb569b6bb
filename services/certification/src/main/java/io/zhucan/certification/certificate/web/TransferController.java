package io.zhucan.certification.certificate.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.zhucan.certification.certificate.Transfer;
import io.zhucan.certification.certificate.application.TransferService;
import io.zhucan.certification.person.application.PersonRegistry;
import io.zhucan.platform.security.CurrentUser;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Transfers", description = "迁移: the origin county or the holder asks, the destination county accepts")
class TransferController {

    private final TransferService transfers;
    private final PersonRegistry persons;

    TransferController(TransferService transfers, PersonRegistry persons) {
        this.transfers = transfers;
        this.persons = persons;
    }

    record TransferRequest(@NotBlank @Pattern(regexp = "\\d{6}", message = "must be a 6-digit county code") String toCounty) {
    }

    /** A transfer request: no personal data, only where the certificate is to go. */
    record TransferResponse(UUID id, UUID certificateId, String fromCounty, String toCounty, Transfer.Status status,
            String requestedBy, Instant requestedAt) {

        static TransferResponse of(Transfer t) {
            return new TransferResponse(t.id(), t.certificateId(), t.fromCounty(), t.toCounty(), t.status(),
                    t.requestedBy(), t.requestedAt());
        }
    }

    @PostMapping("/api/certification/certificates/{id}/transfer")
    @PreAuthorize("hasRole('caseworker')")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Ask the destination county to take the certificate over (staff of the certificate's county)")
    TransferResponse request(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody TransferRequest request) {
        return TransferResponse.of(transfers.request(user, id, request.toCounty()));
    }

    @PostMapping("/api/certification/me/certificate/transfer")
    @PreAuthorize("hasRole('citizen')")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "The holder asks for the transfer of their certificate after moving their household registration")
    TransferResponse requestOwn(CurrentUser user, @Valid @RequestBody TransferRequest request) {
        return TransferResponse.of(transfers.requestOwn(user, request.toCounty()));
    }

    @GetMapping("/api/certification/transfers")
    @PreAuthorize("hasRole('caseworker')")
    @Operation(summary = "Transfers waiting for the caller's region to accept them, oldest first")
    List<TransferResponse> incoming(CurrentUser user, @RequestParam(defaultValue = "50") @Min(1) @Max(500) int limit) {
        return transfers.incoming(user, limit).stream().map(TransferResponse::of).toList();
    }

    @PostMapping("/api/certification/certificates/{id}/transfer/acceptance")
    @PreAuthorize("hasRole('caseworker')")
    @Operation(summary = "Take over a certificate whose transfer to the caller's county was asked for (destination staff)")
    CertificateResponse accept(CurrentUser user, @PathVariable UUID id) {
        var certificate = transfers.accept(user, id);
        return CertificateResponse.of(certificate, persons.get(certificate.personId()), user);
    }
}
