package io.zhucan.platform.events.rehabilitation;

/** How a need assessment ended. */
public enum NeedOutcome {
    /** Every planned service was delivered. */
    SERVICES_DELIVERED,
    /** The assessment found no rehabilitation need. */
    NO_NEED,
    /** The person declined the services. */
    DECLINED,
    /** The certificate was cancelled (death, request, moved out of the province). */
    CERTIFICATE_CANCELLED,
    /** A regrade opened a new need for the new grade; this one, of the previous certificate, gave way to it. */
    SUPERSEDED_BY_REGRADE
}
