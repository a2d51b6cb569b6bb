package io.zhucan.certification.certificate;

import io.zhucan.platform.events.vocabulary.DisabilityCategory;
import io.zhucan.platform.events.vocabulary.DisabilityGrade;

/** One assessed disability with its grade. */
public record Disability(DisabilityCategory category, DisabilityGrade grade) {
}
