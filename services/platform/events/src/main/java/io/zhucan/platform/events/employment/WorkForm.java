package io.zhucan.platform.events.employment;

/** Forms of work a seeker prefers and a job offers (DOMAIN.md, employment). */
public enum WorkForm {
    /** Full-time employment (quota or concentrated employment). */
    FULL_TIME,
    PART_TIME,
    /** Home-based or online work: 云客服, e-commerce, live streaming. */
    HOME_BASED_ONLINE,
    FLEXIBLE,
    /** Auxiliary employment (辅助性就业) at a 残疾人之家. */
    AUXILIARY,
    /** Public-welfare posts (公益性岗位). */
    PUBLIC_WELFARE
}
