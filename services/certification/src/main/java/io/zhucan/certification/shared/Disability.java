package io.zhucan.certification.shared;

import io.zhucan.platform.events.vocabulary.DisabilityCategory;
import io.zhucan.platform.events.vocabulary.DisabilityGrade;

/** One assessed disability with its grade. */
public record Disability(DisabilityCategory category, DisabilityGrade grade) {
}
