package io.zhucan.backoffice.approval.web;

import io.zhucan.backoffice.shared.web.Gateway;
import io.zhucan.backoffice.shared.web.ServiceRefusal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
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

    /** Approves; a policy change names the impact preview the approver saw. */
    void approve(UUID id, @Nullable UUID previewId) {
        gateway.post(Map.class, previewId == null ? Map.of() : Map.of("previewId", previewId),
                "/api/subsidies/approvals/{id}/approve", id);
    }

    /** One region's figures in a preview (money in fen). */
    record Figures(String region, String name, long gained, long lost, long changed, long monthlyCostChangeFen) {
    }

    /** A policy proposal's impact preview: what the version would change, per city and county. */
    record Preview(UUID previewId, UUID proposalId, long baseVersion, String computedBy, Instant computedAt,
            long millis, long persons, Figures province, List<Figures> cities, List<Figures> counties) {
    }

    /** The proposal's latest preview (subsidy records that this user opened it); empty before the first run. */
    Optional<Preview> latestPreview(UUID proposalId) {
        try {
            return Optional.of(gateway.get(Preview.class, "/api/subsidies/policy/proposals/{id}/preview", proposalId));
        } catch (ServiceRefusal refusal) {
            if (refusal.status() == 404) {
                return Optional.empty();
            }
            throw refusal;
        }
    }

    /** Runs a new preview (about a minute for the whole province). */
    void runPreview(UUID proposalId) {
        gateway.post(Map.class, Map.of(), "/api/subsidies/policy/proposals/{id}/preview", proposalId);
    }

    void reject(UUID id, String reason) {
        gateway.post(Map.class, Map.of("reason", reason), "/api/subsidies/approvals/{id}/reject", id);
    }
}
