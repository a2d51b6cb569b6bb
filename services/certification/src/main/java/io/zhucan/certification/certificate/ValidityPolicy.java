package io.zhucan.certification.certificate;

import io.zhucan.platform.events.vocabulary.DisabilityCategory;

/** The validity rules (policy data, port): validity for a holder of this age and category. */
public interface ValidityPolicy {

    Validity forHolder(int age, DisabilityCategory category);
}
