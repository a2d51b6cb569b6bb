/** Vocabulary and refusals shared by the features: accommodations, education, domain exceptions. */
@NullMarked
package io.zhucan.employment.shared;

import org.jspecify.annotations.NullMarked;
