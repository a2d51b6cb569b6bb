/** Plain exceptions and helpers shared by the features (domain: no Spring). */
@NullMarked
package io.zhucan.subsidy.common;

import org.jspecify.annotations.NullMarked;
