package io.zhucan.platform.events.vocabulary;

/** Low-income status of a person's household as registered by civil affairs (民政). */
public enum LowIncomeStatus {
    /** 最低生活保障 (minimum living guarantee) */
    DIBAO,
    /** 低保边缘 (near-low-income) */
    DIBAO_EDGE,
    /** 特困人员 (persons in extreme poverty) */
    TEKUN,
    /** not registered as low-income */
    NONE
}
