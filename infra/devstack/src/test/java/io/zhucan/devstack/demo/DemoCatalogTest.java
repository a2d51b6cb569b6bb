package io.zhucan.devstack.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.zhucan.platform.events.EventCatalog;
import io.zhucan.platform.events.Topics;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The demo names event types and topics as plain strings (the launcher keeps the platform libraries
 * off its classpath); this keeps them equal to the catalogue.
 */
class DemoCatalogTest {

    @Test
    void every_event_type_the_demo_waits_for_is_in_the_catalogue() throws IllegalAccessException {
        for (String type : constants(".v")) {
            assertThat(EventCatalog.byName(type)).as(type).isPresent();
        }
    }

    @Test
    void every_topic_the_demo_watches_is_a_platform_topic() {
        assertThat(Topics.ALL).contains(Demo.CERTIFICATION_TOPIC, Demo.SUBSIDY_TOPIC, Demo.SUBSIDY_CIVIL_AFFAIRS_TOPIC,
                Demo.CIVIL_AFFAIRS_TOPIC, Demo.EMPLOYMENT_TOPIC, Demo.REHABILITATION_TOPIC);
        // civil affairs, as a partner, reads what is meant for it
        assertThat(Topics.PARTNER_READS.get("civil-affairs")).contains(Demo.SUBSIDY_CIVIL_AFFAIRS_TOPIC);
    }

    /** The String constants of Demo whose value contains {@code marker}. */
    private static List<String> constants(String marker) throws IllegalAccessException {
        List<String> values = new ArrayList<>();
        for (Field f : Demo.class.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                f.setAccessible(true);
                String value = (String) f.get(null);
                if (value.startsWith("io.zhucan.") && value.contains(marker)) {
                    values.add(value);
                }
            }
        }
        assertThat(values).hasSizeGreaterThanOrEqualTo(10);
        return values;
    }
}
