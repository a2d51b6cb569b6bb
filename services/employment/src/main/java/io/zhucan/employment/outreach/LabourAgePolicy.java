package io.zhucan.employment.outreach;

import io.zhucan.platform.events.vocabulary.Sex;
import java.time.LocalDate;

/** The labour-age policy in force on a day, for a person's sex and birth date. */
public interface LabourAgePolicy {

    LabourAge forPerson(Sex sex, LocalDate birthDate, LocalDate day);
}
