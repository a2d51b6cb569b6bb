package io.zhucan.rehabilitation.child;

/**
 * The yearly subsidy cap per child: a month's claim is subsidised up to what the cap leaves after
 * the months already recorded in the same calendar year; the rest is not subsidised. A new year
 * starts from the full cap.
 */
public record YearlyCap(long capFen, long usedThisYearFen) {

    public YearlyCap {
        if (capFen < 0 || usedThisYearFen < 0) {
            throw new IllegalArgumentException("cap and use are never negative");
        }
    }

    public long remainingFen() {
        return Math.max(0, capFen - usedThisYearFen);
    }

    public long subsidyFor(long claimedFen) {
        if (claimedFen < 0) {
            throw new IllegalArgumentException("a claim is never negative");
        }
        return Math.min(claimedFen, remainingFen());
    }
}
