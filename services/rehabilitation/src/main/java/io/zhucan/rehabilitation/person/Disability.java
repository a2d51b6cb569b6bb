package io.zhucan.rehabilitation.person;

import io.zhucan.platform.events.vocabulary.DisabilityCategory;
import io.zhucan.platform.events.vocabulary.DisabilityGrade;

/** One disability of a certificate: category and grade. A multiple disability lists each of them. */
public record Disability(DisabilityCategory category, DisabilityGrade grade) {
}
