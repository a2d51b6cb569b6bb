package io.zhucan.platform.events;

import java.util.List;
import java.util.Map;

/**
 * Kafka topic names. Every record is keyed by the person (platform person id, or the ID number on
 * partner topics), so one person's events stay ordered within a partition. Each topic has a
 * dead-letter topic {@code <topic>.DLT} with the same number of partitions.
 */
public final class Topics {

    public static final String CERTIFICATION = "zhucan.certification.events";
    /** Internal: the subsidy service's decisions with their reasons (which may name health-insurance facts). */
    public static final String SUBSIDY = "zhucan.subsidy.events";
    /**
     * Partner-facing: what civil affairs (民政), which pays the allowances, needs from the subsidy
     * service and no more: allowances by certificate number and status, payment instructions and
     * their cancellation; no reasons, rule ids or health-insurance facts.
     */
    public static final String SUBSIDY_CIVIL_AFFAIRS = "zhucan.subsidy.civil-affairs";
    /** Extension point: published by the rehabilitation service (later issue). */
    public static final String REHABILITATION = "zhucan.rehabilitation.events";
    /** Extension point: published by the employment service (later issue). */
    public static final String EMPLOYMENT = "zhucan.employment.events";
    public static final String CIVIL_AFFAIRS_FACTS = "partner.civil-affairs.facts";
    public static final String HEALTH_INSURANCE_FACTS = "partner.health-insurance.facts";

    public static final List<String> ALL =
            List.of(CERTIFICATION, SUBSIDY, SUBSIDY_CIVIL_AFFAIRS, REHABILITATION, EMPLOYMENT, CIVIL_AFFAIRS_FACTS,
                    HEALTH_INSURANCE_FACTS);

    /** The partners (their Keycloak client ids) and the platform topics each may read; every other topic is internal. */
    public static final Map<String, List<String>> PARTNER_READS = Map.of(
            "civil-affairs", List.of(SUBSIDY_CIVIL_AFFAIRS),
            "health-insurance", List.of());

    /** The partners and the one facts topic each writes. */
    public static final Map<String, String> PARTNER_WRITES = Map.of(
            "civil-affairs", CIVIL_AFFAIRS_FACTS,
            "health-insurance", HEALTH_INSURANCE_FACTS);

    public static final String DEAD_LETTER_SUFFIX = ".DLT";

    public static String deadLetter(String topic) {
        return topic + DEAD_LETTER_SUFFIX;
    }

    private Topics() {
    }
}
