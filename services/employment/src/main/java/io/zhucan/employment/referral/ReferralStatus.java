package io.zhucan.employment.referral;

import java.util.Set;

/** Where a referral stands; {@link #next} lists the steps each status allows. */
public enum ReferralStatus {
    PROPOSED,
    ACCEPTED,
    DECLINED,
    INTERVIEWED,
    HIRED,
    NOT_HIRED;

    public Set<ReferralStatus> next() {
        return switch (this) {
            case PROPOSED -> Set.of(ACCEPTED, DECLINED);
            case ACCEPTED -> Set.of(INTERVIEWED);
            case INTERVIEWED -> Set.of(HIRED, NOT_HIRED);
            case DECLINED, HIRED, NOT_HIRED -> Set.of();
        };
    }
}
