package io.zhucan.certification.certificate;

import io.zhucan.platform.events.vocabulary.DisabilityCategory;
import java.time.LocalDate;

/**
 * The validity rules (policy data, port): validity for a holder of this age and category, by the
 * rules in force in the holder's county on the day.
 */
public interface ValidityPolicy {

    Validity forHolder(String county, LocalDate on, int age, DisabilityCategory category);
}
