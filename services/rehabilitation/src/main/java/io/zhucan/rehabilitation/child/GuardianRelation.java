package io.zhucan.rehabilitation.child;

/** How the guardian stands to the child (民法典 第二十七条: parents first, then others in order or appointed). */
public enum GuardianRelation {
    PARENT,
    GRANDPARENT,
    SIBLING,
    OTHER_RELATIVE,
    /** Appointed by the residents' or villagers' committee, civil affairs or a court. */
    APPOINTED
}
