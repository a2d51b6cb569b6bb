package io.zhucan.backoffice.rehabilitation.web;

import io.zhucan.backoffice.shared.web.Gateway;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;

/**
 * The rehabilitation service's casework of the user's region (精准康复 needs, assistive devices) through
 * the gateway with the user's token; it holds no names or ID numbers, only platform person ids.
 */
@Component
class Rehabilitation {

    record Need(UUID id, UUID personId, String county, String category, String grade, String trigger, String status,
            Set<String> assessedNeeds, Set<String> plan, Set<String> delivered, @Nullable String outcome,
            LocalDate openedOn, @Nullable LocalDate closedOn) {
    }

    record Fitting(UUID id, UUID personId, String county, String deviceCode, String model, long priceFen,
            long subsidyFen, long personalTopUpFen, boolean rental, @Nullable LocalDate returnDueOn, String status,
            @Nullable LocalDate fittedOn) {
    }

    private static final ParameterizedTypeReference<List<Need>> NEEDS = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<List<Fitting>> FITTINGS = new ParameterizedTypeReference<>() {
    };

    private final Gateway gateway;

    Rehabilitation(Gateway gateway) {
        this.gateway = gateway;
    }

    /** The region's needs in a status, the longest waiting first (the service lists newest first). */
    List<Need> needs(String status) {
        return gateway.get(NEEDS, "/api/rehabilitation/needs?status={status}", status).stream()
                .sorted(Comparator.comparing(Need::openedOn)).toList();
    }

    Need need(UUID id) {
        return gateway.get(Need.class, "/api/rehabilitation/needs/{id}", id);
    }

    /** An empty set records that the assessment found no rehabilitation need. */
    void assess(UUID id, Set<String> needs) {
        gateway.put(Need.class, Map.of("needs", needs), "/api/rehabilitation/needs/{id}/assessment", id);
    }

    List<Fitting> overdueRentals() {
        return gateway.get(FITTINGS, "/api/rehabilitation/fittings/overdue-rentals");
    }

    void returned(UUID fitting) {
        gateway.post(Fitting.class, Map.of(), "/api/rehabilitation/fittings/{id}/returned", fitting);
    }
}
