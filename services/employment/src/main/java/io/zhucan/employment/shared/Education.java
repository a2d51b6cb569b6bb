package io.zhucan.employment.shared;

/** Highest education completed, in ascending order: a job's minimum is met by this level or above. */
public enum Education {
    NONE,
    PRIMARY,
    JUNIOR_SECONDARY,
    SENIOR_SECONDARY,
    VOCATIONAL,
    COLLEGE,
    BACHELOR,
    POSTGRADUATE;

    public boolean meets(Education minimum) {
        return compareTo(minimum) >= 0;
    }

    public int rank() {
        return ordinal();
    }
}
