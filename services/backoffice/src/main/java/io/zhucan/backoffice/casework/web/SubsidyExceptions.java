package io.zhucan.backoffice.casework.web;

import io.zhucan.backoffice.shared.web.Gateway;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;

/** Subsidy's open exception cases of the user's region (undecidable decisions, failing payments). */
@Component
class SubsidyExceptions {

    /** {@code detail} names rules, months and ids, never personal data (subsidy's guarantee). */
    record ExceptionCase(UUID id, UUID personId, @Nullable String allowance, String kind, String county, String detail,
            Instant openedAt) {
    }

    private static final ParameterizedTypeReference<List<ExceptionCase>> CASES = new ParameterizedTypeReference<>() {
    };

    private final Gateway gateway;

    SubsidyExceptions(Gateway gateway) {
        this.gateway = gateway;
    }

    List<ExceptionCase> open() {
        return gateway.get(CASES, "/api/subsidies/exceptions");
    }
}
