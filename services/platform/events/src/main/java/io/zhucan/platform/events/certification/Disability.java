package io.zhucan.platform.events.certification;

import io.zhucan.platform.events.vocabulary.DisabilityCategory;
import io.zhucan.platform.events.vocabulary.DisabilityGrade;

/** One assessed disability: a person with multiple disabilities has several. */
public record Disability(DisabilityCategory category, DisabilityGrade grade) {
}
