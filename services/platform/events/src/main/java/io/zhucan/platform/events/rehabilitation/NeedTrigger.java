package io.zhucan.platform.events.rehabilitation;

/** What opened a need assessment: a new certificate or a regrade after reassessment. */
public enum NeedTrigger {
    CERTIFICATE_ISSUED,
    CERTIFICATE_REGRADED
}
