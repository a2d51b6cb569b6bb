package io.zhucan.rehabilitation.modification;

/** OPENED → SURVEYED → PLANNED → WORKS_DONE → ACCEPTED. */
public enum ModificationStatus {
    OPENED,
    SURVEYED,
    PLANNED,
    WORKS_DONE,
    ACCEPTED
}
