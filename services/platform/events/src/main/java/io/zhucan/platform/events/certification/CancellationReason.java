package io.zhucan.platform.events.certification;

/** Why a certificate was cancelled (注销). */
public enum CancellationReason {
    /** death registered by civil affairs / public security */
    DEATH,
    /** at the holder's or guardian's request */
    REQUEST,
    /** household registration moved out of the province */
    MOVED_OUT_OF_PROVINCE
}
