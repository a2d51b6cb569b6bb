package io.zhucan.platform.events.rehabilitation;

/** The kinds of rehabilitation service a need assessment (精准康复) can find and a plan can hold. */
public enum RehabService {
    /** 康复医疗 */
    MEDICAL_REHABILITATION,
    /** 康复训练 */
    TRAINING,
    /** 辅助器具适配 */
    ASSISTIVE_DEVICE,
    /** 无障碍改造 */
    HOME_MODIFICATION,
    /** 心理支持 */
    PSYCHOLOGICAL_SUPPORT,
    /** 孤独症服务 */
    AUTISM_SERVICES
}
