/** Vocabulary shared by the features: accommodations, education, region scope. */
@NullMarked
package io.zhucan.employment.shared;

import org.jspecify.annotations.NullMarked;
