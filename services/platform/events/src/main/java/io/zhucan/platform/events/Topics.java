package io.zhucan.platform.events;

import java.util.List;

/**
 * Kafka topic names. Every record is keyed by the person (platform person id, or the ID number on
 * partner topics), so one person's events stay ordered within a partition. Each topic has a
 * dead-letter topic {@code <topic>.DLT} with the same number of partitions.
 */
public final class Topics {

    public static final String CERTIFICATION = "zhucan.certification.events";
    public static final String SUBSIDY = "zhucan.subsidy.events";
    /** Extension point: published by the rehabilitation service (later issue). */
    public static final String REHABILITATION = "zhucan.rehabilitation.events";
    /** Extension point: published by the employment service (later issue). */
    public static final String EMPLOYMENT = "zhucan.employment.events";
    public static final String CIVIL_AFFAIRS_FACTS = "partner.civil-affairs.facts";
    public static final String HEALTH_INSURANCE_FACTS = "partner.health-insurance.facts";

    public static final List<String> ALL =
            List.of(CERTIFICATION, SUBSIDY, REHABILITATION, EMPLOYMENT, CIVIL_AFFAIRS_FACTS, HEALTH_INSURANCE_FACTS);

    public static final String DEAD_LETTER_SUFFIX = ".DLT";

    public static String deadLetter(String topic) {
        return topic + DEAD_LETTER_SUFFIX;
    }

    private Topics() {
    }
}
