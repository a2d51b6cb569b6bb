package io.zhucan.rehabilitation.child;

import java.time.LocalDate;

/** Port: the policy data of child rehabilitation in force for a county on a date (most specific region wins). */
public interface ChildPolicy {

    AgeLimit ageLimit(String county, LocalDate on);

    /** The yearly subsidy cap per child, in fen. */
    long yearlyCapFen(String county, LocalDate on);
}
