package io.zhucan.backoffice.approval.web;

import io.zhucan.backoffice.shared.web.Gateway;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;

/** Subsidy's maker-checker requests through the gateway, with the user's own token. */
@Component
class Approvals {

    /** A request waiting for a second person, as subsidy lists it (no personal data in its summary). */
    record Request(UUID id, String kind, String region, String summary, String reason, String requestedBy,
            Instant requestedAt, String status) {
    }

    private static final ParameterizedTypeReference<List<Request>> REQUESTS = new ParameterizedTypeReference<>() {
    };

    private final Gateway gateway;

    Approvals(Gateway gateway) {
        this.gateway = gateway;
    }

    List<Request> pending() {
        return gateway.get(REQUESTS, "/api/subsidies/approvals");
    }

    void approve(UUID id) {
        gateway.post(Map.class, Map.of(), "/api/subsidies/approvals/{id}/approve", id);
    }

    void reject(UUID id, String reason) {
        gateway.post(Map.class, Map.of("reason", reason), "/api/subsidies/approvals/{id}/reject", id);
    }
}
