package io.zhucan.rehabilitation.need;

/** OPEN → ASSESSED → PLANNED → CLOSED; a need can be closed from any open state. */
public enum NeedStatus {
    OPEN,
    ASSESSED,
    PLANNED,
    CLOSED
}
