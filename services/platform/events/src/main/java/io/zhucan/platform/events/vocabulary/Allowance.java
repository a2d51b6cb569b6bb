package io.zhucan.platform.events.vocabulary;

/** The two subsidies (两项补贴). */
public enum Allowance {
    /** 困难残疾人生活补贴 */
    LIVING,
    /** 重度残疾人护理补贴 */
    NURSING
}
