package io.zhucan.backoffice.deadletter.web;

import io.zhucan.backoffice.shared.web.Gateway;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;

/**
 * Each service's parked records (the platform's messaging library: {@code …/admin/dead-letters}),
 * through the gateway as the operator. A dead letter names the record on its topic and holds no
 * personal data (the key only as a keyed hash, the reason sanitised).
 */
@Component
class DeadLetters {

    /** The services that consume events, by the base path the gateway routes to them. */
    static final Map<String, String> SERVICES = Map.of("certification", "/api/certification",
            "subsidy", "/api/subsidies", "employment", "/api/employment", "rehabilitation", "/api/rehabilitation",
            "profile", "/api/profile");

    static final List<String> ORDER = List.of("certification", "subsidy", "employment", "rehabilitation", "profile");

    record DeadLetter(UUID id, String consumer, String originalTopic, int originalPartition, long originalOffset,
            @Nullable String keyHash, @Nullable String eventType, @Nullable String eventId, String reason,
            String status, Instant parkedAt, @Nullable String resolvedBy, @Nullable Instant resolvedAt) {
    }

    record Replayed(List<UUID> replayed) {
    }

    private static final ParameterizedTypeReference<List<DeadLetter>> LIST = new ParameterizedTypeReference<>() {
    };

    private final Gateway gateway;

    DeadLetters(Gateway gateway) {
        this.gateway = gateway;
    }

    List<DeadLetter> parked(String service, boolean includeResolved) {
        return gateway.get(LIST, SERVICES.get(service) + "/admin/dead-letters?includeResolved={all}", includeResolved);
    }

    /** The dead letters sent again: this one and the same key's records it held back; none if it was resolved. */
    List<UUID> replay(String service, UUID id) {
        Replayed sent = gateway.post(Replayed.class, Map.of(), SERVICES.get(service) + "/admin/dead-letters/{id}/replay", id);
        return sent == null ? List.of() : sent.replayed();
    }
}
