package io.zhucan.backoffice.paymentrun.web;

import io.zhucan.backoffice.shared.web.Gateway;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;

/**
 * Subsidy's monthly payment runs. A run is kept as the service's JSON (a map): the page shows its
 * counters as they are and picks up new ones without a change here.
 */
@Component
class PaymentRuns {

    private static final ParameterizedTypeReference<List<Map<String, Object>>> RUNS = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<Map<String, Object>> RUN = new ParameterizedTypeReference<>() {
    };

    private final Gateway gateway;

    PaymentRuns(Gateway gateway) {
        this.gateway = gateway;
    }

    List<Map<String, Object>> latest() {
        return gateway.get(RUNS, "/api/subsidies/admin/payment-runs");
    }

    Map<String, Object> run(YearMonth month) {
        return gateway.get(RUN, "/api/subsidies/admin/payment-runs/{month}", month);
    }

    void start(YearMonth month) {
        gateway.post(Map.class, Map.of("month", month.toString()), "/api/subsidies/admin/payment-runs");
    }
}
