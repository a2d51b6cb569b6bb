package io.zhucan.devstack;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The figures {@code ./platform status} shows for a service, read from its Prometheus scrape: the
 * same meters as the Grafana dashboard (infra/k8s/monitoring), summed over their tags. A meter the
 * service does not have (the gateway has no outbox) is left out.
 */
final class KeyFigures {

    /** Label and Prometheus name, in the order shown. */
    static final Map<String, String> SHOWN = figures();

    private static Map<String, String> figures() {
        Map<String, String> shown = new LinkedHashMap<>();
        shown.put("outbox backlog", "zhucan_outbox_backlog");
        shown.put("published", "spring_kafka_template_seconds_count");
        shown.put("consumed", "zhucan_events_consumed_total");
        shown.put("parked", "zhucan_dead_letters_open");
        shown.put("decisions", "zhucan_subsidy_decisions_total");
        shown.put("reviewed", "zhucan_certification_decisions_total");
        shown.put("payment run instructed", "zhucan_subsidy_payment_run_instructed");
        return shown;
    }

    static String of(String scrape) {
        List<String> parts = new ArrayList<>();
        SHOWN.forEach((label, metric) -> sum(scrape, metric).ifPresent(v -> parts.add(label + " " + Math.round(v))));
        return String.join(", ", parts);
    }

    /** The sum of a metric's samples over all its label sets, if it has any. */
    static Optional<Double> sum(String scrape, String metric) {
        double total = 0;
        boolean found = false;
        for (String line : scrape.split("\n")) {
            if (line.startsWith(metric + " ") || line.startsWith(metric + "{")) {
                String value = line.substring(line.lastIndexOf(' ') + 1);
                total += Double.parseDouble(value);
                found = true;
            }
        }
        return found ? Optional.of(total) : Optional.empty();
    }

    private KeyFigures() {
    }
}
