package io.zhucan.platform.events;

import java.util.UUID;

/** An event the platform publishes about one person, keyed by the platform's person id. */
public interface PersonEvent extends IntegrationEvent {

    /** The platform's internal person id (never the resident ID number). */
    UUID personId();

    @Override
    default String partitionKey() {
        return personId().toString();
    }
}
