package io.zhucan.platform.events.vocabulary;

/** Sex as registered in the resident ID number (odd sequence digit = male). */
public enum Sex {
    MALE,
    FEMALE
}
