package io.zhucan.platform.events.certification;

/** How an application reached the platform. */
public enum ApplicationChannel {
    /** the citizen applied in the mobile app */
    SELF_SERVICE,
    /** a caseworker registered it on the citizen's behalf (帮办/代办) */
    ASSISTED
}
