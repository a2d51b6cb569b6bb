package io.zhucan.profile.timeline.application;

import io.zhucan.platform.events.EventCatalog;
import io.zhucan.platform.events.IntegrationEvent;
import io.zhucan.platform.events.subsidy.EligibilityDecided;
import io.zhucan.profile.timeline.TimelineEntry;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An event as a timeline entry: its fields as they are, except identifiers of the envelope and
 * personal numbers (the ID and certificate numbers never enter the model); the reason and the
 * rule ids of decisions stand apart so the file can say why.
 */
final class Entries {

    private static final Set<String> LEFT_OUT = Set.of("eventId", "occurredAt", "personId", "idNumber",
            "certificateNumber", "reason", "factId");

    static TimelineEntry of(IntegrationEvent event) {
        Map<String, Object> summary = new LinkedHashMap<>();
        String reason = null;
        for (RecordComponent component : event.getClass().getRecordComponents()) {
            Object value = value(component, event);
            if (component.getName().equals("reason") && value != null) {
                reason = truncated(value.toString());
            } else if (!LEFT_OUT.contains(component.getName()) && value != null) {
                summary.put(component.getName(), value instanceof List<?> list
                        ? list.stream().map(String::valueOf).toList() : value.toString());
            }
        }
        return new TimelineEntry(event.eventId(), event.occurredAt(), EventCatalog.of(event.getClass()).name(), summary,
                reason, rules(event));
    }

    private static String rules(IntegrationEvent event) {
        if (event instanceof EligibilityDecided decided) {
            String rules = String.join(",", decided.failedRules());
            String missing = decided.missingFacts().isEmpty() ? "" : "missing:" + String.join(",", decided.missingFacts());
            String both = rules.isEmpty() ? missing : missing.isEmpty() ? rules : rules + ";" + missing;
            return both.isEmpty() ? null : truncated(both);
        }
        return null;
    }

    private static String truncated(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300);
    }

    private static Object value(RecordComponent component, Object event) {
        try {
            return component.getAccessor().invoke(event);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("record accessors are public", e);
        }
    }

    private Entries() {
    }
}
